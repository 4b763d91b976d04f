package com.soundforge.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.audio.TestAudio;
import com.soundforge.security.ApiKeyService;
import com.soundforge.security.UserService;
import com.soundforge.support.ApiClient;
import com.soundforge.support.ApiClient.Answer;
import com.soundforge.support.SfaWebTest;
import com.soundforge.support.TestUsers;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

@SfaWebTest
@TestPropertySource(
        properties = {
            "sfa.upload.max-size=64KB",
            "sfa.api.rate-limit.requests-per-second=2",
            "sfa.api.rate-limit.burst=5"
        })
class ApiLimitsTest {

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    ApiKeyService keys;

    @TempDir
    Path work;

    @Test
    void anUploadOverTheLimitIsRefusedWith413() throws Exception {
        ApiClient client = ApiClient.forUser(port, keys, TestUsers.create(users));
        Path big = TestAudio.writeSineWav(work.resolve("big.wav"), 44_100, 2, 1.0, 440);

        Answer refused = client.upload("/api/v1/tracks", big, "big.wav");

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.json().get("error").get("code").asString()).isEqualTo("too_large");
        assertThat(client.get("/api/v1/tracks").json().get("total").asInt()).isZero();
    }

    @Test
    void aCallerOverItsRateGets429WithRetryAfterWhileOthersAreUnaffected() throws Exception {
        ApiClient greedy = ApiClient.forUser(port, keys, TestUsers.create(users));
        ApiClient polite = ApiClient.forUser(port, keys, TestUsers.create(users));

        Answer last = null;
        for (int i = 0; i < 10 && (last == null || last.status() != 429); i++) {
            last = greedy.get("/api/v1/me");
        }

        assertThat(last.status()).isEqualTo(429);
        assertThat(last.raw().headers().firstValue("Retry-After")).isPresent();
        assertThat(last.json().get("error").get("code").asString()).isEqualTo("rate_limited");
        assertThat(polite.get("/api/v1/me").status()).isEqualTo(200);
    }
}
