package com.soundforge.dj.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.dj.DjService;
import com.soundforge.dj.DjSession;
import com.soundforge.realtime.PresenceTracker;
import com.soundforge.realtime.Topics;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.SfaSpringTest;
import com.soundforge.support.TestUsers;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SfaSpringTest
class SpectatorViewTest extends SpringBrowserlessTest {

    @Autowired
    DjService dj;

    @Autowired
    UserService users;

    @Autowired
    PresenceTracker presence;

    UserAccount djUser;
    DjSession session;
    String token;

    @BeforeEach
    void share() {
        djUser = TestUsers.create(users);
        session = dj.openLatest(djUser.id());
        token = dj.createShareLink(djUser.id(), session.id());
    }

    @Test
    void aBadTokenShowsThatTheLinkDoesNotWork() {
        navigate("watch/not-a-token", SpectatorView.class);

        assertThat($(H2.class).id("spectator-gone").getText()).isEqualTo("This link does not work (any more)");
        assertThat(presence.screens(Topics.djSession(session.id()))).isZero();
    }

    @Test
    void aSpectatorIsPresentWhileWatchingAndIsSentAwayWhenTheLinkIsRevoked() {
        SpectatorView view = navigate("watch/" + token, SpectatorView.class);
        String topic = Topics.djSession(session.id());

        assertThat(presence.people(topic)).isEqualTo(1);
        assertThat(view.decks[0].getElement().getProperty("mode")).isEqualTo("spectator");
        assertThat(view.watching.getText()).isEqualTo("watching: 1 person (1 screen)");

        dj.revokeShareLink(
                djUser.id(),
                session.id(),
                dj.shareLinks(djUser.id(), session.id()).getFirst().id());
        view.onSessionMessage(new com.soundforge.realtime.TopicMessage(
                topic, "share_revoked", java.util.Map.of(), null, java.time.Instant.now()));

        assertThat($(H2.class).id("spectator-gone").isAttached()).isTrue();
        assertThat(presence.screens(topic)).isZero();
    }

    @Test
    void messagesAreLengthCheckedAndRateLimitedWithAClearMessage() {
        SpectatorView view = navigate("watch/" + token, SpectatorView.class);

        view.text.setValue("x".repeat(20));
        view.kind.setValue("shout");
        for (int i = 0; i < 3; i++) {
            view.text.setValue("play something fast " + i);
            view.sendMessage();
            assertThat(view.sendStatus.getText()).isEqualTo("Sent to the DJ.");
        }
        view.text.setValue("one more");
        view.sendMessage();
        assertThat(view.sendStatus.getText()).startsWith("Slow down: you can send again in");

        view.text.setValue("");
        view.sendMessage();
        assertThat(view.sendStatus.getText()).isEqualTo("Write something first");
    }
}
