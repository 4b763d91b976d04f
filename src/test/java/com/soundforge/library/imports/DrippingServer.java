package com.soundforge.library.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A raw HTTP server on 127.0.0.1 for what {@code AudioHttpServer} cannot do: drip its response head one byte at a
 * time, or promise more body bytes than it sends.
 */
final class DrippingServer implements AutoCloseable {

    private final ServerSocket server;
    private final AtomicLong bytesSent = new AtomicLong();

    /** Sends a never-ending response head, one byte every {@code pauseMillis}. */
    DrippingServer(long pauseMillis) throws IOException {
        this((socket, counter) -> {
            OutputStream out = socket.getOutputStream();
            byte[] start = "HTTP/1.1 200 OK\r\nX-Slow: ".getBytes(StandardCharsets.ISO_8859_1);
            for (long i = 0; ; i++) {
                out.write(i < start.length ? start[(int) i] : 'a');
                out.flush();
                counter.incrementAndGet();
                Thread.sleep(pauseMillis);
            }
        });
    }

    private DrippingServer(Answer answer) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    Thread.ofVirtual().start(() -> serve(socket, answer));
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    /** Announces {@code promised} bytes of audio, sends {@code sent} of them and closes the connection. */
    static DrippingServer cutShort(int promised, int sent) throws IOException {
        return new DrippingServer((socket, counter) -> {
            socket.getInputStream().read(new byte[4096]);
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: audio/wav\r\nContent-Length: " + promised + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(new byte[sent]);
            out.flush();
        });
    }

    String url() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/audio.wav";
    }

    long bytesSent() {
        return bytesSent.get();
    }

    private void serve(Socket socket, Answer answer) {
        try (socket) {
            answer.send(socket, bytesSent);
        } catch (Exception clientWentAway) {
            // the download under test gave up
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    private interface Answer {
        void send(Socket socket, AtomicLong counter) throws Exception;
    }
}
