package com.soundforge.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A plain HTTP client with its own cookie jar, signed in through the real login form. */
public final class HttpSession {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient client;
    private final String baseUrl;

    private HttpSession(String baseUrl) {
        this.baseUrl = baseUrl;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public static HttpSession signIn(int port, String username, String password) throws Exception {
        HttpSession session = new HttpSession("http://localhost:" + port);
        HttpResponse<String> login = session.postLogin(username, password, session.loginPageCsrfToken());
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error") || location.contains("throttled")) {
            throw new IllegalStateException("Sign-in failed: " + login.statusCode() + " " + location);
        }
        return session;
    }

    /** A session that has not signed in (it has opened nothing yet). */
    public static HttpSession anonymous(int port) {
        return new HttpSession("http://localhost:" + port);
    }

    /**
     * Opens the login page and returns the CSRF token of its {@code <meta name="_csrf">} tag, which the login form
     * sends with its POST (the {@code _csrf} field).
     */
    public String loginPageCsrfToken() throws IOException, InterruptedException {
        String page = new String(get("/login", null).body(), StandardCharsets.UTF_8);
        Matcher token = CSRF_META.matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("The login page has no CSRF token");
        }
        return token.group(1);
    }

    /** Posts the login form as a browser would; a null token leaves the {@code _csrf} field out. */
    public HttpResponse<String> postLogin(String username, String password, String csrfToken, String... headers)
            throws IOException, InterruptedException {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + (csrfToken == null ? "" : "&_csrf=" + URLEncoder.encode(csrfToken, StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> get(String path, String range) throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
        if (range != null) {
            request.header("Range", range);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
