package com.soundforge.dj.ui;

import com.soundforge.analysis.AnalysisService;
import com.soundforge.analysis.TempoService;
import com.soundforge.dj.DeckState;
import com.soundforge.dj.DjCommand;
import com.soundforge.dj.DjEvent;
import com.soundforge.dj.DjMessages;
import com.soundforge.dj.DjService;
import com.soundforge.dj.DjSession;
import com.soundforge.dj.DjSessionState;
import com.soundforge.dj.MixerState;
import com.soundforge.library.LibraryService;
import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.PresenceTracker;
import com.soundforge.realtime.TopicMessage;
import com.soundforge.realtime.Topics;
import com.soundforge.realtime.ui.LiveTopic;
import com.soundforge.security.CurrentUser;
import com.soundforge.separation.SeparationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DJ's console: the user's current set with two decks, the mixer, keyboard/MIDI controls and the library.
 * Each browser event is a change the browser already made to the audio; it goes to {@link DjService#apply} tagged
 * with this screen's id, and the other screens of the session (a second tab, spectators) get it from the topic.
 * This screen skips its own echoes.
 */
@Route("dj")
@Menu(title = "DJ", order = 5)
@PageTitle("DJ · Sound Forge Alchemy")
@PermitAll
public class DjView extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(DjView.class);

    final String screenId = UUID.randomUUID().toString();
    final UUID ownerId;
    final UUID sessionId;
    final DjDeck[] decks = new DjDeck[DjService.DECKS];
    final DjMixer mixer = new DjMixer(DjService.DECKS, false);
    final DjControls controls = new DjControls();
    final TrackBrowser browser;
    final SharePanel share;
    final DebugPanel debug;
    final TextField announcement = new TextField();
    final Button announce = new Button("Announce");
    final Div inbox = new Div();
    /** Messages of this session that this screen caused and therefore did not apply again (for tests). */
    int echoesSkipped;
    /** Changes of other screens applied here with restore (for tests). */
    int remoteChangesApplied;

    private final transient DjService dj;
    private final transient DeckLoader loader;
    private final transient TempoService tempo;

    public DjView(
            DjService dj,
            DjMessages messages,
            LibraryService library,
            AnalysisService analysis,
            CurrentUser currentUser,
            Broadcaster broadcaster,
            PresenceTracker presence,
            SeparationService separation,
            TempoService tempo) {
        this.dj = dj;
        this.tempo = tempo;
        this.ownerId = currentUser.require().id();
        this.loader = new DeckLoader(library, analysis, separation);
        DjSession session = dj.openLatest(ownerId);
        this.sessionId = session.id();
        String topic = Topics.djSession(sessionId);
        setId("dj-view");
        setWidthFull();
        browser = new TrackBrowser(library, ownerId, decks.length, this::load);
        share = new SharePanel(dj, presence, ownerId, sessionId, topic);
        debug = new DebugPanel(broadcaster, topic, screenId);
        setUpControls();
        setUpAnnouncements(messages);
        inbox.setId("dj-inbox");
        add(
                new H2(session.name()),
                controls,
                console(),
                browser,
                new H4("Spectators"),
                share,
                new HorizontalLayout(announcement, announce),
                new H4("Requests and shout-outs"),
                inbox,
                debug);

        show(session.state());
        addAttachListener(e -> syncClocks());
        LiveTopic.follow(this, broadcaster, topic, this::onSessionMessage);
        LiveTopic.follow(this, broadcaster, Topics.djInbox(sessionId), this::onInbox);
    }

    private HorizontalLayout console() {
        for (int d = 0; d < decks.length; d++) {
            decks[d] = new DjDeck(d, false);
            decks[d].setId("deck-" + d);
            decks[d].getStyle().set("flex", "1 1 0").set("min-width", "0");
            listen(decks[d]);
        }
        mixer.setId("dj-mixer");
        mixer.getStyle().set("flex", "0 0 320px");
        listen(mixer);
        HorizontalLayout console = new HorizontalLayout(decks[0], mixer, decks[1]);
        console.setWidthFull();
        return console;
    }

    private void setUpControls() {
        controls.setId("dj-controls");
        dj.midiMappings(ownerId).ifPresent(controls::setMidiMappingsJson);
        controls.addMappingsChangeListener(e -> safely("MIDI mappings", () -> {
            dj.saveMidiMappings(ownerId, e.mappingsJson);
            return null;
        }));
    }

    private void setUpAnnouncements(DjMessages messages) {
        announcement.setId("dj-announce-text");
        announcement.setPlaceholder("Announcement to every spectator");
        announcement.setMaxLength(DjMessages.MAX_TEXT);
        announcement.setWidth("420px");
        announce.setId("dj-announce");
        announce.addClickListener(e -> {
            if (safely("announcement", () -> messages.announce(ownerId, sessionId, announcement.getValue()))) {
                announcement.clear();
            }
        });
    }

    /** Shows the persisted set exactly: loaded tracks, positions (a playing deck resumes where it is now), mixer. */
    private void show(DjSessionState state) {
        for (DeckState deck : state.decks()) {
            if (deck.deck() < decks.length) {
                loader.show(decks[deck.deck()], ownerId, deck, false);
            }
        }
        mixer.setStateJson(ClientJson.mixer(state.mixer()));
    }

    private void syncClocks() {
        long now = dj.now().toEpochMilli();
        for (DjDeck deck : decks) {
            deck.syncServerClock(now);
        }
    }

    void load(int deck, UUID trackId) {
        safely("load", () -> {
            DjSessionState state = dj.loadTrack(ownerId, sessionId, deck, trackId, screenId);
            loader.show(decks[deck], ownerId, state.decks().get(deck), false);
            return state;
        });
    }

    void onSessionMessage(TopicMessage message) {
        switch (message.event()) {
            case PresenceTracker.DIFF -> share.refreshWatchers();
            case DjEvent.SHARE_REVOKED -> share.refreshLinks();
            default -> {
                if (message.cameFrom(screenId)) {
                    echoesSkipped++;
                    return;
                }
                applyRemote(message);
            }
        }
    }

    private void applyRemote(TopicMessage message) {
        switch (message.event()) {
            case DjEvent.DECK_STATE_CHANGED -> {
                if (message.payload() instanceof DeckState s && s.deck() < decks.length) {
                    decks[s.deck()].restore(ClientJson.deck(s));
                    remoteChangesApplied++;
                }
            }
            case DjEvent.TRACK_LOADED -> {
                if (message.payload() instanceof DeckState s && s.deck() < decks.length) {
                    loader.show(decks[s.deck()], ownerId, s, false);
                    remoteChangesApplied++;
                }
            }
            case DjEvent.MIXER_CHANGED -> {
                if (message.payload() instanceof MixerState m) {
                    mixer.restore(ClientJson.mixer(m));
                    remoteChangesApplied++;
                }
            }
            case DjEvent.BEAT_GRID_CHANGED -> {
                if (message.payload() instanceof DeckState s && s.deck() < decks.length) {
                    loader.showGrid(decks[s.deck()], ownerId, s);
                }
            }
            default -> {}
        }
    }

    private void onInbox(TopicMessage message) {
        if (message.payload() instanceof DjMessages.SpectatorMessage m) {
            Div row = new Div(
                    new Span(("request".equals(m.kind()) ? "Track request" : "Shout-out") + " from " + m.from() + ": "),
                    new Span(m.text()));
            row.addClassName("dj-inbox-message");
            inbox.addComponentAsFirst(row);
            if (inbox.getComponentCount() > 100) {
                inbox.remove(inbox.getComponentAt(100));
            }
        }
    }

    private void listen(DjDeck deck) {
        int d = deck.deck();
        deck.addPlayListener(e -> apply("play", () -> new DjCommand.Play(d, e.playing, e.position)));
        deck.addSeekListener(e -> apply("seek", () -> new DjCommand.Seek(d, e.position)));
        deck.addCueListener(e -> apply("cue", () -> new DjCommand.Cue(d, e.action, e.cuePoint, e.position, e.playing)));
        deck.addHotCueListener(e -> apply(
                "hot cue",
                () -> new DjCommand.HotCueChange(d, e.action, e.slot, e.time, e.color, e.position, e.playing)));
        deck.addLoopListener(e -> apply(
                "loop",
                () -> new DjCommand.LoopChange(
                        d, e.action, ClientJson.MAPPER.readValue(e.loopJson, DeckState.Loop.class), e.position)));
        deck.addTempoListener(
                e -> apply("tempo", () -> new DjCommand.Tempo(d, e.tempoPercent, e.tempoRange, e.keyLock)));
        deck.addNudgeListener(e -> apply("nudge", () -> new DjCommand.Nudge(d, e.direction, e.position)));
        deck.addSyncListener(e -> apply("sync", () -> new DjCommand.Sync(d, e.on, e.tempoPercent, e.position)));
        deck.addQuantizeListener(e -> apply("quantize", () -> new DjCommand.Quantize(d, e.on)));
        deck.addStemListener(e -> apply("stem", () -> new DjCommand.Stem(d, e.stem, e.muted, e.solo, e.volume)));
        deck.addGridEditListener(e -> editGrid(d, e.action, e.value));
        deck.addLoadRequestListener(e -> safely("load request", () -> {
            load(d, UUID.fromString(e.trackId));
            return null;
        }));
    }

    private void listen(DjMixer m) {
        m.addChangeListener(e -> apply("mixer", () -> new DjCommand.MixerChange(e.channel, e.param, e.value)));
        m.addCrossfaderListener(e -> apply("crossfader", () -> new DjCommand.Crossfader(e.value, e.curve)));
        m.addMasterListener(e -> apply("master", () -> new DjCommand.Master(e.value)));
    }

    /**
     * Edits the beat grid of the deck's track for good (it is stored with the track); every deck with the track, this
     * one too, then gets the new grid from the session topic. A refused edit says why.
     */
    void editGrid(int deck, String action, Double value) {
        DeckState state = dj.session(ownerId, sessionId).state().decks().get(deck);
        if (state.track() == null) {
            return;
        }
        try {
            tempo.edit(ownerId, state.track().trackId(), action, value);
        } catch (IllegalArgumentException | IllegalStateException e) {
            Notification.show(e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Ignored DJ grid edit: {}", e.toString());
        }
    }

    /** Persists and broadcasts a change the browser already made; an impossible value is logged and ignored. */
    void apply(String what, Supplier<DjCommand> command) {
        safely(what, () -> dj.apply(ownerId, sessionId, command.get(), screenId));
    }

    private static boolean safely(String what, Supplier<?> action) {
        try {
            action.get();
            return true;
        } catch (com.soundforge.dj.RateLimitedException e) {
            Notification.show(e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Ignored DJ {}: {}", what, e.toString());
            if (e instanceof IllegalArgumentException && ("announcement".equals(what) || "load".equals(what))) {
                Notification.show(e.getMessage());
            }
        }
        return false;
    }
}
