package com.soundforge.dj.ui;

import com.soundforge.analysis.AnalysisService;
import com.soundforge.dj.DeckState;
import com.soundforge.dj.DjEvent;
import com.soundforge.dj.DjMessages;
import com.soundforge.dj.DjService;
import com.soundforge.dj.DjSession;
import com.soundforge.dj.MixerState;
import com.soundforge.dj.RateLimitedException;
import com.soundforge.library.LibraryService;
import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.PresenceTracker;
import com.soundforge.realtime.PresenceTracker.Presence;
import com.soundforge.realtime.TopicMessage;
import com.soundforge.realtime.Topics;
import com.soundforge.realtime.ui.LiveTopic;
import com.soundforge.separation.SeparationService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A spectator's screen, reached with a share link and no account: the DJ's decks and mixer without audio, moving
 * live from the session topic (playheads extrapolated from position + server timestamp), who else is watching, the
 * DJ's announcements, and a way to send the DJ a track request or shout-out. A revoked link ends the view.
 */
@Route(value = "watch/:token", autoLayout = false)
@PageTitle("Watching a DJ set · Sound Forge Alchemy")
@AnonymousAllowed
public class SpectatorView extends VerticalLayout implements BeforeEnterObserver {

    static final String PERSON_ATTRIBUTE = SpectatorView.class.getName() + ".person";
    static final int POLL_INTERVAL_MS = 2000;

    private final transient DjService dj;
    private final transient DjMessages messages;
    private final transient Broadcaster broadcaster;
    private final transient PresenceTracker presenceTracker;
    private final transient DeckLoader loader;
    final String screenId = UUID.randomUUID().toString();
    final DjDeck[] decks = new DjDeck[DjService.DECKS];
    final DjMixer mixer = new DjMixer(DjService.DECKS, true);
    final Span watching = new Span();
    final Span lastAction = new Span();
    final Div announcements = new Div();
    final TextField name = new TextField();
    final RadioButtonGroup<String> kind = new RadioButtonGroup<>();
    final TextField text = new TextField();
    final Button send = new Button("Send to the DJ");
    final Span sendStatus = new Span();
    String token;
    DjSession session;
    transient Presence presence;
    private Registration sessionFollow;
    private Registration pollListener;

    public SpectatorView(
            DjService dj,
            DjMessages messages,
            LibraryService library,
            AnalysisService analysis,
            Broadcaster broadcaster,
            PresenceTracker presenceTracker,
            SeparationService separation) {
        this.dj = dj;
        this.messages = messages;
        this.broadcaster = broadcaster;
        this.presenceTracker = presenceTracker;
        this.loader = new DeckLoader(library, analysis, separation);
        setId("spectator-view");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        Optional<DjSession> found = dj.sessionForShareToken(token);
        removeAll();
        if (found.isEmpty()) {
            showGone();
            return;
        }
        session = found.get();
        build();
    }

    private void build() {
        for (int d = 0; d < decks.length; d++) {
            decks[d] = new DjDeck(d, true);
            decks[d].setId("deck-" + d);
            decks[d].getStyle().set("flex", "1 1 0").set("min-width", "0");
        }
        mixer.setId("spectator-mixer");
        mixer.getStyle().set("flex", "0 0 320px");
        watching.setId("spectator-watching");
        lastAction.setId("spectator-last-action");
        announcements.setId("spectator-announcements");
        name.setId("spectator-name");
        name.setPlaceholder("Your name (optional)");
        name.setMaxLength(DjMessages.MAX_NAME);
        name.addValueChangeListener(e -> rejoin());
        kind.setId("spectator-kind");
        kind.setItems("request", "shout");
        kind.setItemLabelGenerator(k -> "request".equals(k) ? "Track request" : "Shout-out");
        kind.setValue("request");
        text.setId("spectator-text");
        text.setMaxLength(DjMessages.MAX_TEXT);
        text.setWidth("420px");
        send.setId("spectator-send");
        send.addClickListener(e -> sendMessage());
        sendStatus.setId("spectator-send-status");
        HorizontalLayout console = new HorizontalLayout(decks[0], mixer, decks[1]);
        console.setWidthFull();
        add(
                new H2("Watching: " + session.name()),
                watching,
                console,
                lastAction,
                announcements,
                new HorizontalLayout(name, kind),
                new HorizontalLayout(text, send),
                sendStatus);
        for (DeckState deck : session.state().decks()) {
            if (deck.deck() < decks.length) {
                loader.show(decks[deck.deck()], session.ownerId(), deck, true);
            }
        }
        mixer.setStateJson(ClientJson.mixer(session.state().mixer()));
        sessionFollow = LiveTopic.follow(this, broadcaster, topic(), this::onSessionMessage);
        if (isAttached()) {
            startPresence(UI.getCurrent());
        }
    }

    private String topic() {
        return Topics.djSession(session.id());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (session != null) {
            startPresence(event.getUI());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopPresence(event.getUI());
        super.onDetach(event);
    }

    private void startPresence(UI ui) {
        if (presence == null) {
            presence = presenceTracker.join(topic(), person(), meta());
        }
        long now = dj.now().toEpochMilli();
        for (DjDeck deck : decks) {
            deck.syncServerClock(now);
        }
        ui.setPollInterval(POLL_INTERVAL_MS);
        if (pollListener == null) {
            pollListener = ui.addPollListener(e -> {
                if (presence != null) {
                    presence.touch();
                }
            });
        }
        updateWatching();
    }

    private void stopPresence(UI ui) {
        if (presence != null) {
            presence.leave();
            presence = null;
        }
        if (pollListener != null) {
            pollListener.remove();
            pollListener = null;
            ui.setPollInterval(-1);
        }
    }

    private void rejoin() {
        if (presence != null) {
            presence.leave();
            presence = presenceTracker.join(topic(), person(), meta());
        }
    }

    private Map<String, Object> meta() {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("name", name.getValue() == null ? "" : name.getValue().strip());
        meta.put("screen", screenId);
        meta.put("kind", "web");
        return meta;
    }

    /** This browser session and its address: the server's, not the page's, idea of who sends (see DjMessages). */
    static DjMessages.Sender sender() {
        VaadinSession vaadin = VaadinSession.getCurrent();
        String address =
                vaadin.getBrowser() == null ? null : vaadin.getBrowser().getAddress();
        return new DjMessages.Sender("vaadin-" + person(), address == null ? "unknown" : address);
    }

    /** One random id per browser session: several tabs of one browser are one person with several screens. */
    static String person() {
        VaadinSession vaadin = VaadinSession.getCurrent();
        Object person = vaadin.getAttribute(PERSON_ATTRIBUTE);
        if (person == null) {
            person = "p-" + UUID.randomUUID();
            vaadin.setAttribute(PERSON_ATTRIBUTE, person);
        }
        return person.toString();
    }

    void onSessionMessage(TopicMessage message) {
        switch (message.event()) {
            case PresenceTracker.DIFF -> updateWatching();
            case DjEvent.SHARE_REVOKED -> {
                if (dj.sessionForShareToken(token).isEmpty()) {
                    end();
                }
            }
            case DjEvent.DECK_STATE_CHANGED -> {
                if (message.payload() instanceof DeckState s && s.deck() < decks.length) {
                    decks[s.deck()].restore(ClientJson.deck(s));
                }
            }
            case DjEvent.TRACK_LOADED -> {
                if (message.payload() instanceof DeckState s && s.deck() < decks.length) {
                    loader.show(decks[s.deck()], session.ownerId(), s, true);
                    lastAction.setText("Deck " + "AB".charAt(s.deck()) + " loaded "
                            + s.track().title());
                }
            }
            case DjEvent.MIXER_CHANGED -> {
                if (message.payload() instanceof MixerState m) {
                    mixer.restore(ClientJson.mixer(m));
                }
            }
            case DjEvent.BEAT_GRID_CHANGED -> {
                if (message.payload() instanceof DeckState s && s.deck() < decks.length) {
                    loader.showGrid(decks[s.deck()], session.ownerId(), s);
                }
            }
            case DjEvent.HOT_CUE_TRIGGERED -> {
                if (message.payload() instanceof Map<?, ?> m) {
                    Object deck = m.get("deck");
                    Object slot = m.get("slot");
                    lastAction.setText("Deck " + (deck instanceof Integer i && i < 2 ? "AB".charAt(i) : '?')
                            + " hot cue " + (slot instanceof Integer s ? s + 1 : slot));
                }
            }
            case DjEvent.ANNOUNCEMENT -> {
                if (message.payload() instanceof DjMessages.Announcement a) {
                    Div row = new Div("DJ: " + a.text());
                    row.addClassName("spectator-announcement");
                    announcements.addComponentAsFirst(row);
                    if (announcements.getComponentCount() > 20) {
                        announcements.remove(announcements.getComponentAt(20));
                    }
                }
            }
            default -> {}
        }
    }

    void updateWatching() {
        if (session == null) {
            return;
        }
        int people = presenceTracker.people(topic());
        int screens = presenceTracker.screens(topic());
        watching.setText("watching: %d %s (%d %s)"
                .formatted(people, people == 1 ? "person" : "people", screens, screens == 1 ? "screen" : "screens"));
    }

    void sendMessage() {
        try {
            messages.send(token, sender(), name.getValue(), kind.getValue(), text.getValue());
            text.clear();
            sendStatus.setText("Sent to the DJ.");
        } catch (RateLimitedException e) {
            sendStatus.setText("Slow down: you can send again in " + e.retryAfterSeconds() + " s.");
        } catch (IllegalArgumentException e) {
            sendStatus.setText(e.getMessage());
        }
    }

    /** The link was revoked while watching: leave presence, stop following, say so. */
    private void end() {
        getUI().ifPresent(this::stopPresence);
        if (sessionFollow != null) {
            sessionFollow.remove();
            sessionFollow = null;
        }
        removeAll();
        showGone();
    }

    private void showGone() {
        H2 title = new H2("This link does not work (any more)");
        title.setId("spectator-gone");
        add(title, new Paragraph("The DJ may have revoked it, or it was mistyped. Ask the DJ for a new link."));
    }
}
