package com.soundforge.dj.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.audio.TestAudio;
import com.soundforge.dj.DjCommand;
import com.soundforge.dj.DjEvent;
import com.soundforge.dj.DjService;
import com.soundforge.dj.DjSessionState;
import com.soundforge.library.Track;
import com.soundforge.library.imports.ImportService;
import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.TopicMessage;
import com.soundforge.realtime.Topics;
import com.soundforge.security.UserService;
import com.soundforge.support.BrowserlessUser;
import com.soundforge.support.SfaSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

@SfaSpringTest
@Import(BrowserlessUser.class)
class DjViewTest extends SpringBrowserlessTest {

    @Autowired
    DjService dj;

    @Autowired
    Broadcaster broadcaster;

    @Autowired
    UserService users;

    @Autowired
    ImportService imports;

    @Autowired
    com.soundforge.separation.SeparationService separation;

    @TempDir
    Path work;

    private UUID me() {
        return users.findByUsername(BrowserlessUser.NAME).orElseThrow().id();
    }

    @Test
    @WithMockUser(BrowserlessUser.NAME)
    void theDebugPanelIsSubscribedOnlyWhileItIsOpen() {
        DjView view = navigate(DjView.class);
        String topic = Topics.djSession(view.sessionId);
        int closed = broadcaster.subscriberCount(topic);

        test(view.debug.toggle).click();
        assertThat(broadcaster.subscriberCount(topic)).isEqualTo(closed + 1);
        view.debug.append(new TopicMessage(topic, DjEvent.MIXER_CHANGED, "x", "other", Instant.now()));
        assertThat(view.debug.log.getComponentCount()).isEqualTo(1);

        test(view.debug.toggle).click();
        assertThat(broadcaster.subscriberCount(topic)).isEqualTo(closed);
        view.debug.append(new TopicMessage(topic, DjEvent.MIXER_CHANGED, "x", "other", Instant.now()));
        assertThat(view.debug.log.getComponentCount()).isEqualTo(1);
    }

    @Test
    @WithMockUser(BrowserlessUser.NAME)
    void aChangeFromThisScreenIsNeverAppliedAgainButOneFromAnotherTabIs() {
        DjView view = navigate(DjView.class);
        DjSessionState own = dj.apply(me(), view.sessionId, new DjCommand.Crossfader(0.25, "linear"), view.screenId);
        String topic = Topics.djSession(view.sessionId);

        view.onSessionMessage(
                new TopicMessage(topic, DjEvent.MIXER_CHANGED, own.mixer(), view.screenId, Instant.now()));
        assertThat(view.echoesSkipped).isEqualTo(1);
        assertThat(view.remoteChangesApplied).isZero();

        view.onSessionMessage(
                new TopicMessage(topic, DjEvent.MIXER_CHANGED, own.mixer(), "another-tab", Instant.now()));
        assertThat(view.remoteChangesApplied).isEqualTo(1);
    }

    @Test
    @WithMockUser(BrowserlessUser.NAME)
    void browserEventsReachTheSessionAndImpossibleOrMalformedOnesAreIgnored() {
        DjView view = navigate(DjView.class);
        ComponentUtil.fireEvent(view.mixer, new DjMixer.CrossfaderEvent(view.mixer, true, -0.5, "cut"));
        assertThat(dj.session(me(), view.sessionId).state().mixer().crossfader())
                .isEqualTo(-0.5);

        ComponentUtil.fireEvent(view.mixer, new DjMixer.CrossfaderEvent(view.mixer, true, 7.0, "cut"));
        ComponentUtil.fireEvent(view.mixer, new DjMixer.CrossfaderEvent(view.mixer, true, null, null));
        ComponentUtil.fireEvent(view.mixer, new DjMixer.CrossfaderEvent(view.mixer, true, 0.1, "wobble"));
        ComponentUtil.fireEvent(view.mixer, new DjMixer.ChangeEvent(view.mixer, true, 9, "eqLow", 0.0));
        ComponentUtil.fireEvent(view.mixer, new DjMixer.ChangeEvent(view.mixer, true, 0, "volume", 0.0));
        ComponentUtil.fireEvent(view.decks[0], new DjDeck.PlayEvent(view.decks[0], true, null, Double.NaN));
        ComponentUtil.fireEvent(view.decks[0], new DjDeck.LoopEvent(view.decks[0], true, "in", "{not json", 1.0));
        ComponentUtil.fireEvent(view.decks[1], new DjDeck.LoadRequestEvent(view.decks[1], true, "not-a-uuid"));
        ComponentUtil.fireEvent(
                view.decks[1],
                new DjDeck.LoadRequestEvent(
                        view.decks[1], true, UUID.randomUUID().toString()));

        assertThat(dj.session(me(), view.sessionId).state().mixer().crossfader())
                .isEqualTo(-0.5);
        assertThat(dj.session(me(), view.sessionId).state().mixer().curve()).isEqualTo("cut");
    }

    @Test
    @WithMockUser(BrowserlessUser.NAME)
    void aDroppedLibraryRowLoadsTheTrackWithItsUrlAndTitle() throws Exception {
        Path wav = TestAudio.writeSineWav(work.resolve("Dropper - Dropped Tone.wav"), 8_000, 1, 6, 440);
        Track track;
        try (InputStream in = Files.newInputStream(wav)) {
            track = imports.importAudio(me(), in, "Dropper - Dropped Tone.wav").track();
        }
        DjView view = navigate(DjView.class);

        ComponentUtil.fireEvent(
                view.decks[1],
                new DjDeck.LoadRequestEvent(view.decks[1], true, track.id().toString()));

        assertThat(view.decks[1].getElement().getProperty("trackUrl"))
                .isEqualTo("media/tracks/" + track.id() + "/audio");
        assertThat(view.decks[1].getElement().getProperty("trackTitle")).isEqualTo("Dropped Tone");
        assertThat(dj.session(me(), view.sessionId)
                        .state()
                        .decks()
                        .get(1)
                        .track()
                        .trackId())
                .isEqualTo(track.id());
        // a reload shows the same set
        DjView reloaded = navigate(DjView.class);
        assertThat(reloaded.decks[1].getElement().getProperty("trackTitle")).isEqualTo("Dropped Tone");
        assertThat(reloaded.decks[1].getElement().getProperty("state"))
                .contains(track.id().toString());
    }

    @Test
    @WithMockUser(BrowserlessUser.NAME)
    void aTrackWithStemsGetsPerStemUrlsOnTheDeckAndOneWithoutGetsNone() throws Exception {
        Path wav = TestAudio.writeSineWav(work.resolve("Stemmer - Split Tone.wav"), 44_100, 2, 3, 220);
        Track track;
        try (InputStream in = Files.newInputStream(wav)) {
            track = imports.importAudio(me(), in, "Stemmer - Split Tone.wav").track();
        }
        DjView view = navigate(DjView.class);
        ComponentUtil.fireEvent(
                view.decks[0],
                new DjDeck.LoadRequestEvent(view.decks[0], true, track.id().toString()));
        assertThat(view.decks[0].getElement().getProperty("stemUrls")).isEmpty();

        separation.separate(me(), track.id(), fraction -> {});
        ComponentUtil.fireEvent(
                view.decks[0],
                new DjDeck.LoadRequestEvent(view.decks[0], true, track.id().toString()));

        String urls = view.decks[0].getElement().getProperty("stemUrls");
        for (String stem : new String[] {"vocals", "drums", "bass", "other"}) {
            assertThat(urls).contains("\"" + stem + "\":\"media/tracks/" + track.id() + "/stems/" + stem + "\"");
        }
    }
}
