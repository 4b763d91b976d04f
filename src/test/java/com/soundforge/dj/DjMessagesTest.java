package com.soundforge.dj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.TopicMessage;
import com.soundforge.realtime.Topics;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.SfaSpringTest;
import com.soundforge.support.TestUsers;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SfaSpringTest
class DjMessagesTest {

    @Autowired
    DjService dj;

    @Autowired
    Broadcaster broadcaster;

    @Autowired
    UserService users;

    static final DjMessages.Sender anna = new DjMessages.Sender("ws-anna", "10.0.0.1");
    static final DjMessages.Sender ben = new DjMessages.Sender("ws-ben", "10.0.0.1");
    static final DjMessages.Sender p = new DjMessages.Sender("ws-p", "10.0.0.2");

    final AtomicLong nanos = new AtomicLong();
    DjMessages messages;
    UserAccount djUser;
    DjSession session;
    String token;

    @BeforeEach
    void set() {
        messages = new DjMessages(dj, broadcaster, nanos::get);
        djUser = TestUsers.create(users);
        session = dj.openLatest(djUser.id());
        token = dj.createShareLink(djUser.id(), session.id());
    }

    @Test
    void eachConnectionGetsABurstThenOneMessagePerFiveSecondsAndOthersAreNotAffected() {
        for (int i = 0; i < 3; i++) {
            messages.send(token, anna, "Anna", "shout", "hi " + i);
        }
        assertThatThrownBy(() -> messages.send(token, anna, "Anna", "shout", "too soon"))
                .isInstanceOfSatisfying(
                        RateLimitedException.class,
                        e -> assertThat(e.retryAfterSeconds()).isEqualTo(5));
        messages.send(token, ben, "", "request", "Ben is not limited by Anna");

        nanos.addAndGet(TimeUnit.SECONDS.toNanos(5));
        messages.send(token, anna, "Anna", "shout", "again");
        assertThatThrownBy(() -> messages.send(token, anna, "Anna", "shout", "too soon"))
                .isInstanceOf(RateLimitedException.class);
    }

    @Test
    void manyConnectionsFromOneAddressShareItsLooserLimit() {
        int sent = 0;
        for (int connection = 0; connection < 20; connection++) {
            DjMessages.Sender sender = new DjMessages.Sender("ws-" + connection, "10.6.6.6");
            for (int i = 0; i < 3; i++) {
                try {
                    messages.send(token, sender, "Flood", "shout", "spam");
                    sent++;
                } catch (RateLimitedException limited) {
                    assertThat(limited.retryAfterSeconds()).isEqualTo(2);
                }
            }
        }
        assertThat(sent).isEqualTo((int) DjMessages.ADDRESS_BURST);
        messages.send(token, new DjMessages.Sender("ws-elsewhere", "10.0.0.9"), "", "shout", "another address");
    }

    @Test
    void controlAndDirectionCharactersAreTakenOutOfNamesAndTexts() throws Exception {
        List<TopicMessage> inbox = new CopyOnWriteArrayList<>();
        broadcaster.subscribe(Topics.djInbox(session.id()), inbox::add);

        messages.send(token, p, "\u202Eanna\u0000", "shout", "big\u0000 up\nthe DJ\u0007");

        for (int i = 0; i < 50 && inbox.isEmpty(); i++) {
            Thread.sleep(50);
        }
        assertThat(inbox).singleElement().satisfies(m -> {
            DjMessages.SpectatorMessage message = (DjMessages.SpectatorMessage) m.payload();
            assertThat(message.from()).isEqualTo("anna");
            assertThat(message.text()).isEqualTo("big up\nthe DJ");
        });
    }

    @Test
    void messagesGoToTheDjsInboxOnlyAndBadOnesAreRefused() throws Exception {
        List<TopicMessage> inbox = new CopyOnWriteArrayList<>();
        List<TopicMessage> session0 = new CopyOnWriteArrayList<>();
        broadcaster.subscribe(Topics.djInbox(session.id()), inbox::add);
        broadcaster.subscribe(Topics.djSession(session.id()), session0::add);

        messages.send(token, p, "", "request", "  Some track  ");
        messages.announce(djUser.id(), session.id(), "Hello all");

        for (int i = 0; i < 50 && (inbox.isEmpty() || session0.isEmpty()); i++) {
            Thread.sleep(50);
        }
        assertThat(inbox).singleElement().satisfies(m -> {
            DjMessages.SpectatorMessage message = (DjMessages.SpectatorMessage) m.payload();
            assertThat(message.text()).isEqualTo("Some track");
            assertThat(message.from()).isEqualTo("guest");
        });
        assertThat(session0).extracting(TopicMessage::event).containsExactly(DjEvent.ANNOUNCEMENT);
        assertThatThrownBy(() -> messages.send(token, p, "", "insult", "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> messages.send(token, p, "", "shout", "x".repeat(281)))
                .hasMessageContaining("280");
        assertThatThrownBy(() -> messages.send(token, p, "n".repeat(41), "shout", "x"))
                .hasMessageContaining("40");
        assertThatThrownBy(() -> messages.send("dead", p, "", "shout", "x")).hasMessageContaining("does not work");
        UserAccount stranger = TestUsers.create(users);
        assertThatThrownBy(() -> messages.announce(stranger.id(), session.id(), "hijack"))
                .isInstanceOf(DjSessionNotFoundException.class);
    }
}
