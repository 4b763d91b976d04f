package com.soundforge.channel;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Tomcat keeps a read and a write buffer for every open connection (8 KB each by default), and a WebSocket stays
 * open for as long as someone watches: in a room of thousands of spectators they are most of the server's memory.
 * Larger requests and responses still go through, in more reads and writes. {@code sfa.server.socket-buffer-size}
 * (4 KB by default) sets both.
 */
@Configuration
class SocketBufferConfig {

    @Bean
    TomcatConnectorCustomizer smallSocketBuffers(@Value("${sfa.server.socket-buffer-size:4KB}") DataSize size) {
        String bytes = String.valueOf(size.toBytes());
        return connector -> {
            connector.setProperty("socket.appReadBufSize", bytes);
            connector.setProperty("socket.appWriteBufSize", bytes);
        };
    }
}
