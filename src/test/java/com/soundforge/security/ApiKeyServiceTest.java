package com.soundforge.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.soundforge.support.SfaSpringTest;
import com.soundforge.support.TestUsers;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@SfaSpringTest
class ApiKeyServiceTest {

    @Autowired
    ApiKeyService keys;

    @Autowired
    UserService users;

    @Autowired
    JdbcTemplate jdbc;

    UserAccount owner;

    @BeforeEach
    void newOwner() {
        owner = TestUsers.create(users);
    }

    @Test
    void aNewKeyIsARecognisableRandomTokenThatActsAsItsOwner() {
        CreatedApiKey created = keys.create(owner.id(), "  laptop CLI ");

        assertThat(created.rawKey()).matches("sfa_[A-Za-z0-9_-]{43}");
        assertThat(created.apiKey().name()).isEqualTo("laptop CLI");
        assertThat(keys.authenticate(created.rawKey())).contains(owner);
        assertThat(keys.create(owner.id(), "second").rawKey()).isNotEqualTo(created.rawKey());
    }

    @Test
    void keyNamesWithControlOrDirectionCharactersAreRefused() {
        for (String name : List.of("lap\u0000top", "line\nbreak", "\u202Egnp.exe")) {
            assertThatThrownBy(() -> keys.create(owner.id(), name))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("control");
        }
        assertThat(keys.create(owner.id(), "מפתח").apiKey().name()).isEqualTo("מפתח");
    }

    @Test
    void onlyTheKeysSha256IsStored() {
        CreatedApiKey created = keys.create(owner.id(), "stored");

        String stored = jdbc.queryForObject(
                "select key_hash from api_key where id = ?",
                String.class,
                created.apiKey().id());
        assertThat(stored)
                .isEqualTo(ApiKeyTokens.sha256Hex(created.rawKey()))
                .hasSize(64)
                .doesNotContain(created.rawKey().substring(4));
        assertThat(created.toString()).doesNotContain(created.rawKey());
    }

    @Test
    void usingAKeyRecordsWhenItWasLastUsed() {
        CreatedApiKey created = keys.create(owner.id(), "used");
        assertThat(keys.list(owner.id()).getFirst().lastUsedAt()).isNull();

        keys.authenticate(created.rawKey());

        ApiKey listed = keys.list(owner.id()).getFirst();
        assertThat(listed.lastUsedAt()).isNotNull().isAfterOrEqualTo(listed.createdAt());
    }

    @Test
    void aRevokedKeyNoLongerAuthenticatesAndStaysListedAsRevoked() {
        CreatedApiKey created = keys.create(owner.id(), "leaked");

        assertThat(keys.revoke(owner.id(), created.apiKey().id())).isTrue();
        assertThat(keys.revoke(owner.id(), created.apiKey().id())).isTrue();

        assertThat(keys.authenticate(created.rawKey())).isEmpty();
        assertThat(keys.list(owner.id())).singleElement().satisfies(key -> {
            assertThat(key.isRevoked()).isTrue();
            assertThat(key.id()).isEqualTo(created.apiKey().id());
        });
    }

    @Test
    void nobodyListsOrRevokesAnotherUsersKeys() {
        CreatedApiKey mine = keys.create(owner.id(), "mine");
        UserAccount stranger = TestUsers.create(users);

        assertThat(keys.revoke(stranger.id(), mine.apiKey().id())).isFalse();
        assertThat(keys.list(stranger.id())).isEmpty();
        assertThat(keys.authenticate(mine.rawKey())).contains(owner);
    }

    @Test
    void unknownMalformedAndMissingKeysAuthenticateNobody() {
        String real = keys.create(owner.id(), "real").rawKey();

        assertThat(keys.authenticate(null)).isEmpty();
        assertThat(keys.authenticate("")).isEmpty();
        assertThat(keys.authenticate(real.substring(4))).isEmpty();
        assertThat(keys.authenticate(real + "x")).isEmpty();
        assertThat(keys.authenticate("sfa_" + "A".repeat(43))).isEmpty();
        assertThat(keys.authenticate(real + "x".repeat(10_000))).isEmpty();
    }

    @Test
    void aKeyNeedsANameOfAtMostAHundredCharacters() {
        assertThatThrownBy(() -> keys.create(owner.id(), "   "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a name");
        assertThatThrownBy(() -> keys.create(owner.id(), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> keys.create(owner.id(), "n".repeat(101))).hasMessageContaining("at most 100");
        assertThat(keys.list(owner.id())).isEmpty();
    }

    @Test
    void keysAreListedNewestFirst() {
        keys.create(owner.id(), "first");
        keys.create(owner.id(), "second");

        assertThat(keys.list(owner.id())).extracting(ApiKey::name).containsExactly("second", "first");
    }
}
