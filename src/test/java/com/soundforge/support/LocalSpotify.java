package com.soundforge.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points the pipeline tests' application at {@link FakeSpotify}, one local server for the whole JVM, so that the
 * Spotify tests share the one test context that runs jobs.
 */
public class LocalSpotify implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static AudioHttpServer server;

    public static synchronized AudioHttpServer server() {
        if (server == null) {
            try {
                server = new AudioHttpServer();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            FakeSpotify.serve(server);
        }
        return server;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        AudioHttpServer spotify = server();
        TestPropertyValues.of(
                        "sfa.spotify.client-id=test-client",
                        "sfa.spotify.client-secret=test-secret",
                        "sfa.spotify.api-url=" + spotify.url(""),
                        "sfa.spotify.accounts-url=" + spotify.url(""),
                        "sfa.spotify.audio-search=" + spotify.url("/search?q={query}"))
                .applyTo(context);
    }
}
