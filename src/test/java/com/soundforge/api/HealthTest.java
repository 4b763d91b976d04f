package com.soundforge.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.support.ApiClient;
import com.soundforge.support.SfaWebTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@SfaWebTest
class HealthTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void healthReportsTheDatabaseTheJobServerAndStorageWithoutSigningIn() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        JsonNode health = ApiClient.JSON.readTree(response.body());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(health.get("status").asString()).isEqualTo("UP");
        JsonNode components = health.get("components");
        assertThat(components.get("db").get("status").asString()).isEqualTo("UP");
        assertThat(components.get("storage").get("status").asString()).isEqualTo("UP");
        assertThat(components.get("JobRunr").get("status").asString()).isEqualTo("UP");
        assertThat(components.get("storage").has("details")).isFalse();
    }

    @Test
    void healthIsDownWhenTheDatabaseAnswersConnectionsButNotQueriesOnTheAppsTables() throws Exception {
        jdbc.execute("alter table app_user rename to app_user_away");
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
            assertThat(ApiClient.JSON
                            .readTree(response.body())
                            .get("components")
                            .get("db")
                            .get("status")
                            .asString())
                    .isEqualTo("DOWN");
        } finally {
            jdbc.execute("alter table app_user_away rename to app_user");
        }
    }
}
