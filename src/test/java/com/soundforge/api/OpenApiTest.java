package com.soundforge.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.support.ApiClient;
import com.soundforge.support.SfaWebTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SfaWebTest
class OpenApiTest {

    @LocalServerPort
    int port;

    @Test
    void theApiIsDescribedInAnOpenApiDocumentWithABrowsableUi() throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        HttpResponse<String> doc = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(doc.statusCode()).as(doc.body()).isEqualTo(200);
        JsonNode openApi = ApiClient.JSON.readTree(doc.body());
        assertThat(openApi.get("openapi").asString()).startsWith("3.");
        assertThat(openApi.get("paths").has("/api/v1/tracks")).isTrue();
        assertThat(openApi.get("paths").has("/api/v1/imports")).isTrue();
        assertThat(openApi.get("paths").has("/api/v1/jobs/{jobId}")).isTrue();
        assertThat(openApi.get("components").get("securitySchemes").has("apiKey"))
                .isTrue();

        HttpResponse<String> ui = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/swagger-ui.html"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).containsIgnoringCase("swagger");
    }

    @Test
    void everyOperationDescribesItsErrorAnswersInTheApiErrorShape() throws Exception {
        HttpResponse<String> doc = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        JsonNode openApi = ApiClient.JSON.readTree(doc.body());

        assertThat(openApi.get("components").get("schemas").has("ApiError")).isTrue();
        JsonNode list = openApi.get("paths").get("/api/v1/tracks").get("get").get("responses");
        assertThat(list.has("400")).isTrue();
        assertThat(list.has("406")).isTrue();
        assertThat(list.has("422")).isTrue();
        assertThat(list.get("422")
                        .get("content")
                        .get("application/json")
                        .get("schema")
                        .get("$ref")
                        .asString())
                .isEqualTo("#/components/schemas/ApiError");
        assertThat(openApi.get("paths")
                        .get("/api/v1/imports")
                        .get("post")
                        .get("responses")
                        .has("413"))
                .isTrue();
    }
}
