package com.soundforge.dj.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import java.util.Base64;

/**
 * Java side of {@code <sfa-deck>}: one deck. The element acts on the audio itself and then fires these events (user
 * input only, never for values Java set; names in {@link DjDomEvents}, details typed in {@code dj/dj-events.ts}).
 * Every value read here comes from the browser and is validated by the service. Boxed types: a missing or malformed
 * value arrives as null instead of failing the request.
 */
@Tag("sfa-deck")
@JsModule("./dj/sfa-deck.ts")
public class DjDeck extends Component {

    public DjDeck(int deck, boolean spectator) {
        getElement().setProperty("deck", deck);
        getElement().setAttribute("deck", String.valueOf(deck));
        getElement().setProperty("mode", spectator ? "spectator" : "dj");
        getElement().setAttribute("mode", spectator ? "spectator" : "dj");
    }

    public int deck() {
        return getElement().getProperty("deck", 0);
    }

    /** What is loaded: same-origin audio URL (empty for spectators), title, artist, BPM, Camelot, duration. */
    public void setTrack(String trackUrl, String title, String artist, double bpm, String camelot, double duration) {
        getElement().setProperty("trackUrl", trackUrl == null ? "" : trackUrl);
        getElement().setProperty("trackTitle", title == null ? "" : title);
        getElement().setProperty("artist", artist == null ? "" : artist);
        getElement().setProperty("bpm", bpm);
        getElement().setProperty("camelot", camelot == null ? "" : camelot);
        getElement().setProperty("duration", duration);
    }

    /** JSON {"vocals": url, "drums": url, "bass": url, "other": url} for per-stem control, or "" for none. */
    public void setStemUrlsJson(String json) {
        getElement().setProperty("stemUrls", json == null ? "" : json);
    }

    public void setArtworkUrl(String url) {
        getElement().setProperty("artworkUrl", url == null ? "" : url);
    }

    /** The loaded track's effective BPM (after its owner edited the grid), leaving the rest as it is. */
    public void setBpm(double bpm) {
        getElement().setProperty("bpm", bpm);
    }

    /** "analysed" or "edited" (the deck marks an edited grid), "" without a grid. */
    public void setBpmSource(String source) {
        getElement().setProperty("bpmSource", source == null ? "" : source);
    }

    public void setBeatsJson(String beats, String downbeats) {
        getElement().setProperty("beats", beats);
        getElement().setProperty("downbeats", downbeats);
    }

    public void setPeaks(byte[] interleavedMinMax) {
        getElement()
                .setProperty(
                        "peaks",
                        interleavedMinMax == null ? "" : Base64.getEncoder().encodeToString(interleavedMinMax));
    }

    public void setCuesJson(String cues) {
        getElement().setProperty("cues", cues);
    }

    /** The whole DeckState as JSON, applied without events. */
    public void setStateJson(String state) {
        getElement().setProperty("state", state);
    }

    /** Applies a DeckState (JSON) at once, after any property set before it; fires no events. */
    public void restore(String stateJson) {
        getElement().callJsFunction("restore", stateJson);
    }

    /** Server time minus this browser's time, measured when the page gets it (one-way latency included). */
    public void syncServerClock(long serverNowMs) {
        getElement().executeJs("this.serverClockOffsetMs = $0 - Date.now()", (double) serverNowMs);
    }

    public Registration addPlayListener(ComponentEventListener<PlayEvent> l) {
        return addListener(PlayEvent.class, l);
    }

    public Registration addSeekListener(ComponentEventListener<SeekEvent> l) {
        return addListener(SeekEvent.class, l);
    }

    public Registration addCueListener(ComponentEventListener<CueEvent> l) {
        return addListener(CueEvent.class, l);
    }

    public Registration addHotCueListener(ComponentEventListener<HotCueEvent> l) {
        return addListener(HotCueEvent.class, l);
    }

    public Registration addLoopListener(ComponentEventListener<LoopEvent> l) {
        return addListener(LoopEvent.class, l);
    }

    public Registration addTempoListener(ComponentEventListener<TempoEvent> l) {
        return addListener(TempoEvent.class, l);
    }

    public Registration addNudgeListener(ComponentEventListener<NudgeEvent> l) {
        return addListener(NudgeEvent.class, l);
    }

    public Registration addSyncListener(ComponentEventListener<SyncEvent> l) {
        return addListener(SyncEvent.class, l);
    }

    public Registration addQuantizeListener(ComponentEventListener<QuantizeEvent> l) {
        return addListener(QuantizeEvent.class, l);
    }

    public Registration addStemListener(ComponentEventListener<StemEvent> l) {
        return addListener(StemEvent.class, l);
    }

    public Registration addGridEditListener(ComponentEventListener<GridEditEvent> l) {
        return addListener(GridEditEvent.class, l);
    }

    public Registration addLoadRequestListener(ComponentEventListener<LoadRequestEvent> l) {
        return addListener(LoadRequestEvent.class, l);
    }

    @DomEvent(DjDomEvents.DECK_PLAY)
    public static class PlayEvent extends ComponentEvent<DjDeck> {
        public final Boolean playing;
        public final Double position;

        public PlayEvent(
                DjDeck source,
                boolean fromClient,
                @EventData("event.detail.playing") Boolean playing,
                @EventData("event.detail.position") Double position) {
            super(source, fromClient);
            this.playing = playing;
            this.position = position;
        }
    }

    @DomEvent(DjDomEvents.DECK_SEEK)
    public static class SeekEvent extends ComponentEvent<DjDeck> {
        public final Double position;

        public SeekEvent(DjDeck source, boolean fromClient, @EventData("event.detail.position") Double position) {
            super(source, fromClient);
            this.position = position;
        }
    }

    @DomEvent(DjDomEvents.DECK_CUE)
    public static class CueEvent extends ComponentEvent<DjDeck> {
        public final String action;
        public final Double cuePoint;
        public final Double position;
        public final Boolean playing;

        public CueEvent(
                DjDeck source,
                boolean fromClient,
                @EventData("event.detail.action") String action,
                @EventData("event.detail.cuePoint") Double cuePoint,
                @EventData("event.detail.position") Double position,
                @EventData("event.detail.playing") Boolean playing) {
            super(source, fromClient);
            this.action = action;
            this.cuePoint = cuePoint;
            this.position = position;
            this.playing = playing;
        }
    }

    @DomEvent(DjDomEvents.DECK_HOT_CUE)
    public static class HotCueEvent extends ComponentEvent<DjDeck> {
        public final String action;
        public final Integer slot;
        public final Double time;
        public final String color;
        public final Double position;
        public final Boolean playing;

        public HotCueEvent(
                DjDeck source,
                boolean fromClient,
                @EventData("event.detail.action") String action,
                @EventData("event.detail.slot") Integer slot,
                @EventData("event.detail.time") Double time,
                @EventData("event.detail.color") String color,
                @EventData("event.detail.position") Double position,
                @EventData("event.detail.playing") Boolean playing) {
            super(source, fromClient);
            this.action = action;
            this.slot = slot;
            this.time = time;
            this.color = color;
            this.position = position;
            this.playing = playing;
        }
    }

    /** {@code loopJson} is the detail's loop object as JSON ("null" when the loop was cleared). */
    @DomEvent(DjDomEvents.DECK_LOOP)
    public static class LoopEvent extends ComponentEvent<DjDeck> {
        public final String action;
        public final String loopJson;
        public final Double position;

        public LoopEvent(
                DjDeck source,
                boolean fromClient,
                @EventData("event.detail.action") String action,
                @EventData("JSON.stringify(event.detail.loop ?? null)") String loopJson,
                @EventData("event.detail.position") Double position) {
            super(source, fromClient);
            this.action = action;
            this.loopJson = loopJson;
            this.position = position;
        }
    }

    @DomEvent(DjDomEvents.DECK_TEMPO)
    public static class TempoEvent extends ComponentEvent<DjDeck> {
        public final Double tempoPercent;
        public final Integer tempoRange;
        public final Boolean keyLock;

        public TempoEvent(
                DjDeck source,
                boolean fromClient,
                @EventData("event.detail.tempoPercent") Double tempoPercent,
                @EventData("event.detail.tempoRange") Integer tempoRange,
                @EventData("event.detail.keyLock") Boolean keyLock) {
            super(source, fromClient);
            this.tempoPercent = tempoPercent;
            this.tempoRange = tempoRange;
            this.keyLock = keyLock;
        }
    }

    /** Pitch bend while a nudge button is held: direction 1 or -1, then 0 on release; position where it was. */
    @DomEvent(DjDomEvents.DECK_NUDGE)
    public static class NudgeEvent extends ComponentEvent<DjDeck> {
        public final Integer direction;
        public final Double position;

        public NudgeEvent(
                DjDeck source,
                boolean fromClient,
                @EventData("event.detail.direction") Integer direction,
                @EventData("event.detail.position") Double position) {
            super(source, fromClient);
            this.direction = direction;
            this.position = position;
        }
    }

    @DomEvent(DjDomEvents.DECK_SYNC)
    public static class SyncEvent extends ComponentEvent<DjDeck> {
        public final Boolean on;
        public final Double tempoPercent;
        public final Double position;

        public SyncEvent(
                DjDeck source,
                boolean fromClient,
                @EventData("event.detail.on") Boolean on,
                @EventData("event.detail.tempoPercent") Double tempoPercent,
                @EventData("event.detail.position") Double position) {
            super(source, fromClient);
            this.on = on;
            this.tempoPercent = tempoPercent;
            this.position = position;
        }
    }

    @DomEvent(DjDomEvents.DECK_QUANTIZE)
    public static class QuantizeEvent extends ComponentEvent<DjDeck> {
        public final Boolean on;

        public QuantizeEvent(DjDeck source, boolean fromClient, @EventData("event.detail.on") Boolean on) {
            super(source, fromClient);
            this.on = on;
        }
    }

    @DomEvent(DjDomEvents.DECK_STEM)
    public static class StemEvent extends ComponentEvent<DjDeck> {
        public final String stem;
        public final Boolean muted;
        public final Boolean solo;
        public final Double volume;

        public StemEvent(
                DjDeck source,
                boolean fromClient,
                @EventData("event.detail.stem") String stem,
                @EventData("event.detail.muted") Boolean muted,
                @EventData("event.detail.solo") Boolean solo,
                @EventData("event.detail.volume") Double volume) {
            super(source, fromClient);
            this.stem = stem;
            this.muted = muted;
            this.solo = solo;
            this.volume = volume;
        }
    }

    /** A library row dropped on the deck (drag data {@code application/x-sfa-track}). */
    @DomEvent(DjDomEvents.DECK_LOAD_REQUEST)
    public static class LoadRequestEvent extends ComponentEvent<DjDeck> {
        public final String trackId;

        public LoadRequestEvent(
                DjDeck source, boolean fromClient, @EventData("String(event.detail.trackId ?? '')") String trackId) {
            super(source, fromClient);
            this.trackId = trackId;
        }
    }

    /**
     * An edit of the loaded track's beat grid: {@code action} double, halve, three_halves, two_thirds, tap (value:
     * BPM), shift (value: beats), downbeat (value: the playhead, s) or reset.
     */
    @DomEvent(DjDomEvents.DECK_GRID_EDIT)
    public static class GridEditEvent extends ComponentEvent<DjDeck> {
        public final String action;
        public final Double value;

        public GridEditEvent(
                DjDeck source,
                boolean fromClient,
                @EventData("event.detail.action") String action,
                @EventData("event.detail.value") Double value) {
            super(source, fromClient);
            this.action = action;
            this.value = value;
        }
    }
}
