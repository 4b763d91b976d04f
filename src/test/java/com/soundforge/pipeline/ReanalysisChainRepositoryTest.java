package com.soundforge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.SfaSpringTest;
import com.soundforge.support.TestUsers;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The steps of a user's re-analysis chain, each one statement: a change and the chain's end never miss each other. */
@SfaSpringTest
class ReanalysisChainRepositoryTest {

    @Autowired
    ReanalysisChainRepository chains;

    @Autowired
    UserService users;

    UUID user;

    @BeforeEach
    void aUser() {
        UserAccount account = TestUsers.create(users);
        user = account.id();
    }

    @Test
    void aSecondChangeJoinsTheRunningChainAndItsNextLookServesIt() {
        assertThat(chains.start(user)).isTrue();
        assertThat(chains.lookStarts(user))
                .as("the first look: no change waiting")
                .isFalse();

        assertThat(chains.start(user)).as("one chain per user").isFalse();
        assertThat(chains.join(user, Instant.now().minus(LibraryReanalysis.LOST)))
                .isTrue();

        assertThat(chains.lookStarts(user))
                .as("the next look serves the change")
                .isTrue();
        assertThat(chains.lookStarts(user)).as("once").isFalse();
        assertThat(chains.end(user)).isTrue();
        assertThat(chains.running(user)).isFalse();
        assertThat(chains.join(user, Instant.now().minus(LibraryReanalysis.LOST)))
                .as("no chain to join once it ended")
                .isFalse();
    }

    @Test
    void aChangeThatJoinsDuringTheLastLookKeepsTheChainGoing() {
        chains.start(user);
        chains.lookStarts(user);
        chains.join(user, Instant.now().minus(LibraryReanalysis.LOST));

        assertThat(chains.end(user)).as("a change waits for a look").isFalse();
        assertThat(chains.running(user)).isTrue();
        assertThat(chains.lookStarts(user)).isTrue();
        assertThat(chains.end(user)).isTrue();
    }

    @Test
    void onlyAChainThatStoppedLookingIsTakenOver() {
        chains.start(user);
        Instant now = Instant.now();
        assertThat(chains.takeOver(user, now.minus(LibraryReanalysis.LOST)))
                .as("alive")
                .isFalse();

        Instant later = now.plus(LibraryReanalysis.LOST).plus(Duration.ofSeconds(1));
        assertThat(chains.join(user, later.minus(LibraryReanalysis.LOST)))
                .as("lost: joining it would wait forever")
                .isFalse();
        assertThat(chains.takeOver(user, later.minus(LibraryReanalysis.LOST))).isTrue();
        assertThat(chains.running(user)).isTrue();
    }
}
