package com.soundforge.channel;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.unit.DataSize;

/**
 * Tomcat gives every WebSocket four buffers of {@code org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE} bytes
 * (input, binary message, output, and twice that for the encoder): 40 KB per socket at the 8 KB default, most of a
 * spectator's cost in a crowded room. Larger messages still go through, in more frames and writes. Tomcat reads the
 * system property once, when its WebSocket classes load, so it is set here, before the server starts, from
 * {@code sfa.websocket.buffer-size} (2 KB by default; a property set on the command line wins).
 */
public final class WebSocketBufferSize implements EnvironmentPostProcessor {

    static final String TOMCAT_PROPERTY = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";
    static final DataSize DEFAULT = DataSize.ofKilobytes(2);

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (System.getProperty(TOMCAT_PROPERTY) == null) {
            DataSize size = environment.getProperty("sfa.websocket.buffer-size", DataSize.class, DEFAULT);
            System.setProperty(TOMCAT_PROPERTY, String.valueOf(size.toBytes()));
        }
    }
}
