package com.soundforge.library.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.soundforge.support.AudioHttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.util.unit.DataSize;

@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class GuardedProxyTest {

    static final ImportProperties LIMITS = new ImportProperties(
            false,
            Duration.ofSeconds(2),
            Duration.ofSeconds(5),
            5,
            Duration.ofMinutes(1),
            DataSize.ofBytes(0),
            Duration.ofSeconds(1));

    AudioHttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = new AudioHttpServer();
        server.status("/hello", 200, "text/plain", "hello".getBytes());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aPlainHttpRequestForALoopbackServerIsRefusedWithoutConnecting() throws Exception {
        try (GuardedProxy proxy = GuardedProxy.start(AddressGuard.STRICT, LIMITS)) {
            HttpURLConnection connection = get(proxy, server.url("/hello"));

            assertThat(connection.getResponseCode()).isEqualTo(403);
            assertThat(new String(connection.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                    .contains("private or local addresses")
                    .contains("127.0.0.1");
            assertThat(proxy.problem())
                    .get()
                    .satisfies(e -> assertThat(e.failure()).isEqualTo(ImportFailure.BAD_URL));
        }
        assertThat(server.hits("/hello")).isZero();
    }

    @Test
    void connectTunnelsToPrivateAddressesInAnyNotationAreRefused() throws Exception {
        int port = URI.create(server.url("/")).getPort();
        try (GuardedProxy proxy = GuardedProxy.start(AddressGuard.STRICT, LIMITS)) {
            for (String target : List.of(
                    "127.0.0.1",
                    "[::1]",
                    "[::ffff:127.0.0.1]",
                    "[::127.0.0.1]",
                    "localhost",
                    "2130706433",
                    "10.0.0.1",
                    "169.254.169.254")) {
                assertThat(rawExchange(
                                proxy, "CONNECT " + target + ":" + port + " HTTP/1.1\r\nHost: " + target + "\r\n\r\n"))
                        .as(target)
                        .startsWith("HTTP/1.1 403");
            }
        }
        assertThat(server.hits("/hello")).isZero();
    }

    @Test
    void onlyHttpCanBeForwardedSoAnFtpLinkIsRefused() throws Exception {
        try (GuardedProxy proxy = GuardedProxy.start(AddressGuard.OPEN, LIMITS)) {
            assertThat(rawExchange(proxy, "GET ftp://127.0.0.1/etc/passwd HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"))
                    .startsWith("HTTP/1.1 403");
            assertThat(proxy.problem())
                    .get()
                    .extracting(Throwable::getMessage)
                    .asString()
                    .contains("Only http");
        }
    }

    @Test
    void allowedRequestsAreForwardedAndTheConnectionClosesAfterOneExchange() throws Exception {
        try (GuardedProxy proxy = GuardedProxy.start(AddressGuard.allowing(List.of("127.0.0.1/32")), LIMITS)) {
            HttpURLConnection connection = get(proxy, server.url("/hello"));
            assertThat(connection.getResponseCode()).isEqualTo(200);
            assertThat(connection.getHeaderField("Connection")).isEqualTo("close");
            assertThat(connection.getInputStream().readAllBytes()).isEqualTo("hello".getBytes());

            int port = URI.create(server.url("/")).getPort();
            String tunnelled = rawExchange(
                    proxy,
                    "CONNECT 127.0.0.1:" + port + " HTTP/1.1\r\n\r\n"
                            + "GET /hello HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            assertThat(tunnelled)
                    .startsWith("HTTP/1.1 200 Connection established")
                    .endsWith("hello");
            assertThat(proxy.problem()).isEmpty();
        }
        assertThat(server.hits("/hello")).isEqualTo(2);
    }

    @Test
    void closingTheProxyCutsATransferInTheMiddle() throws Exception {
        server.serve("/slow.wav", new byte[64 * 1024], 1024, 200);
        try (GuardedProxy proxy = GuardedProxy.start(AddressGuard.OPEN, LIMITS)) {
            InputStream body = get(proxy, server.url("/slow.wav")).getInputStream();
            assertThat(body.read(new byte[512])).isPositive();
            long start = System.nanoTime();

            proxy.close();

            assertThatThrownBy(() -> body.readAllBytes()).isInstanceOf(IOException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        }
    }

    private static HttpURLConnection get(GuardedProxy proxy, String url) throws IOException {
        HttpURLConnection connection =
                (HttpURLConnection) URI.create(url).toURL().openConnection(proxy.javaProxy());
        connection.setReadTimeout(10_000);
        return connection;
    }

    private static String rawExchange(GuardedProxy proxy, String request) throws IOException {
        URI proxyUri = URI.create(proxy.url());
        try (Socket socket = new Socket(InetAddress.getByName(proxyUri.getHost()), proxyUri.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            try (BufferedReader reader =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))) {
                return String.join("\n", reader.lines().toList());
            }
        }
    }
}
