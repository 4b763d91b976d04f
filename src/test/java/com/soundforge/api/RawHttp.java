package com.soundforge.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Talks HTTP/1.1 over a plain socket, for requests a well-behaved client library will not send: a body that
 * announces 50 MB and stops, a path with bytes a URI class refuses.
 */
final class RawHttp {

    private RawHttp() {}

    record Reply(int status, String head, String body) {

        boolean hasHeader(String name, String value) {
            return head.toLowerCase().contains((name + ": " + value).toLowerCase());
        }
    }

    static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sends the request head, then {@code bodyBytes} of body in chunks of {@code piece} bytes (as
     * {@code Transfer-Encoding: chunked} when {@code chunked}), without finishing the body, and reads the answer.
     */
    static Reply sendUnfinished(int port, String head, long bodyBytes, boolean chunked) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.UTF_8));
            byte[] piece = new byte[16 * 1024];
            java.util.Arrays.fill(piece, (byte) ' ');
            piece[0] = '"';
            try {
                for (long sent = 0; sent < bodyBytes; sent += piece.length) {
                    if (chunked) {
                        out.write((Integer.toHexString(piece.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write(piece);
                    if (chunked) {
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    piece[0] = ' ';
                }
                out.flush();
            } catch (IOException closedByServer) {
                // the server answered and closed the connection before taking the whole body: what we hope for
            }
            return read(socket.getInputStream());
        }
    }

    static Reply send(int port, String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return read(socket.getInputStream());
        }
    }

    private static Reply read(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        String text = head.toString();
        int status = Integer.parseInt(text.substring(9, 12));
        String lower = text.toLowerCase();
        int lengthAt = lower.indexOf("content-length: ");
        String body;
        if (lengthAt >= 0) {
            int length = Integer.parseInt(lower.substring(lengthAt + 16, lower.indexOf("\r\n", lengthAt))
                    .strip());
            body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
        } else if (lower.contains("transfer-encoding: chunked")) {
            body = readChunks(in);
        } else {
            body = "";
        }
        return new Reply(status, text, body);
    }

    private static String readChunks(InputStream in) throws IOException {
        StringBuilder body = new StringBuilder();
        while (true) {
            String sizeLine = line(in);
            int size = Integer.parseInt(sizeLine.strip(), 16);
            if (size == 0) {
                return body.toString();
            }
            body.append(new String(in.readNBytes(size), StandardCharsets.UTF_8));
            line(in);
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            line.append((char) b);
        }
        return line.toString();
    }
}
