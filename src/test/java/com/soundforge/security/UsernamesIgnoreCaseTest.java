package com.soundforge.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.soundforge.support.HttpSession;
import com.soundforge.support.SfaWebTest;
import com.soundforge.support.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DuplicateKeyException;

@SfaWebTest
class UsernamesIgnoreCaseTest {

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    UserRepository repository;

    @Test
    void aLookAlikeNameIsRefusedWithTheSameNeutralMessageAsAnyTakenName() {
        String name = "casey" + UUID.randomUUID().toString().substring(0, 8);
        users.register(name, TestUsers.PASSWORD, Role.USER);

        for (String lookAlike : new String[] {name, name.toUpperCase(Locale.ROOT), "C" + name.substring(1)}) {
            assertThatThrownBy(() -> users.register(lookAlike, TestUsers.PASSWORD, Role.USER))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(UserService.NOT_CREATED)
                    .message()
                    .doesNotContainIgnoringCase("taken")
                    .doesNotContainIgnoringCase(name);
        }
        assertThat(users.all())
                .filteredOn(u -> u.username().equalsIgnoreCase(name))
                .hasSize(1);
    }

    @Test
    void theDatabaseRefusesALookAlikeEvenPastTheService() {
        String name = "dora" + UUID.randomUUID().toString().substring(0, 8);
        repository.insert(UUID.randomUUID(), name, "x", Role.USER);

        assertThatThrownBy(() -> repository.insert(UUID.randomUUID(), name.toUpperCase(Locale.ROOT), "x", Role.USER))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void signInMatchesTheNameWithoutRegardToCaseOnTheFormAndTheApi() throws Exception {
        UserAccount user = TestUsers.create(users);
        String shouted = user.username().toUpperCase(Locale.ROOT);

        assertThat(users.findByUsername(shouted)).contains(user);
        assertThat(LoginCsrfTest.signedIn(HttpSession.signIn(port, shouted, TestUsers.PASSWORD)))
                .isTrue();
        String basic = Base64.getEncoder()
                .encodeToString((shouted + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> keys = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                                .header("Authorization", "Basic " + basic)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(keys.statusCode()).isEqualTo(200);
    }
}
