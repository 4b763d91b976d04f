package com.soundforge.separation.ui;

import com.soundforge.separation.Stem;
import com.soundforge.ui.PlaybackStateEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/** Java side of {@code <sfa-stem-mixer>}: the stems play in sync in the browser with mute, solo and volume. */
@Tag("sfa-stem-mixer")
@JsModule("./separation/sfa-stem-mixer.ts")
public class StemMixer extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One stem as the element reads it from its {@code stems} property. */
    record StemEntry(String stem, String label, String url, String download) {

        static StemEntry of(UUID trackId, Stem stem) {
            String wire = stem.type().wire();
            return new StemEntry(
                    wire,
                    stem.type().label(),
                    "/media/tracks/" + trackId + "/stems/" + wire,
                    "/api/v1/tracks/" + trackId + "/stems/" + wire);
        }
    }

    public StemMixer() {
        setStems(null, List.of());
    }

    /** The stems to play; an empty list shows the status text instead. */
    public void setStems(UUID trackId, List<Stem> stems) {
        List<StemEntry> entries =
                stems.stream().map(stem -> StemEntry.of(trackId, stem)).toList();
        getElement().setProperty("stems", JSON.writeValueAsString(entries));
        getElement().setProperty("zip", stems.isEmpty() ? "" : "/api/v1/tracks/" + trackId + "/stems.zip");
    }

    public void setStatus(String status) {
        getElement().setProperty("status", status == null ? "" : status);
    }

    public Registration addStateListener(ComponentEventListener<StateEvent> listener) {
        return addListener(StateEvent.class, listener);
    }

    /** Fired when the user plays, pauses or seeks, and once when playback reaches the end. */
    @DomEvent(SeparationDomEvents.STEM_MIXER_STATE)
    public static class StateEvent extends PlaybackStateEvent<StemMixer> {

        public StateEvent(
                StemMixer source,
                boolean fromClient,
                @EventData("event.detail.playing") boolean playing,
                @EventData("event.detail.position") double positionSeconds) {
            super(source, fromClient, playing, positionSeconds);
        }
    }
}
