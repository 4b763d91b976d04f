package com.soundforge.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.support.SfaWebTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** The pages' headers over HTTP, behind a TLS-terminating proxy (forwarded headers trusted, as configured there). */
@SfaWebTest
@TestPropertySource(properties = "server.forward-headers-strategy=native")
class SecurityHeadersTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void anHtmlPageCarriesThePolicyNosniffAndReferrerPolicyAndHstsOnlyOverHttps() throws Exception {
        HttpResponse<String> plain = get("/login", false);
        HttpResponse<String> https = get("/login", true);

        assertThat(plain.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        for (HttpResponse<String> page : java.util.List.of(plain, https)) {
            assertThat(page.headers().firstValue("Content-Security-Policy"))
                    .contains(SecurityHeaders.CONTENT_SECURITY_POLICY);
            assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(page.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
            assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        }
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(https.headers().firstValue("Strict-Transport-Security"))
                .contains("max-age=31536000 ; includeSubDomains");
    }

    private HttpResponse<String> get(String path, boolean forwardedHttps) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html");
        if (forwardedHttps) {
            request.header("X-Forwarded-Proto", "https");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
