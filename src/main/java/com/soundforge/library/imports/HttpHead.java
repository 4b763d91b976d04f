package com.soundforge.library.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The start line and header lines of an HTTP/1.x request or response, as the guarded proxy reads them. */
record HttpHead(String startLine, List<String> headers) {

    private static final int MAX_BYTES = 64 * 1024;

    /** Reads up to the blank line that ends the head; null when the stream ends before anything was sent. */
    static HttpHead read(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                if (bytes.size() == 0) {
                    return null;
                }
                throw new IOException("The connection ended inside an HTTP head.");
            }
            if (bytes.size() >= MAX_BYTES) {
                throw new IOException("The HTTP head is larger than " + MAX_BYTES + " bytes.");
            }
            bytes.write(b);
            matched = b == (matched % 2 == 0 ? '\r' : '\n') ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        List<String> lines = new ArrayList<>(
                List.of(bytes.toString(StandardCharsets.ISO_8859_1).split("\r\n")));
        return new HttpHead(lines.removeFirst(), List.copyOf(lines));
    }

    /** The same head without hop-by-hop connection headers, asking for the connection to close after one exchange. */
    HttpHead closingAfterOneExchange(String newStartLine) {
        List<String> kept =
                headers.stream().filter(line -> !isHopByHop(name(line))).toList();
        List<String> closing = new ArrayList<>(kept);
        closing.add("Connection: close");
        return new HttpHead(newStartLine, List.copyOf(closing));
    }

    byte[] bytes() {
        StringBuilder text = new StringBuilder(startLine).append("\r\n");
        headers.forEach(line -> text.append(line).append("\r\n"));
        return text.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String name(String line) {
        int colon = line.indexOf(':');
        return (colon < 0 ? line : line.substring(0, colon)).trim().toLowerCase(Locale.ROOT);
    }

    private static boolean isHopByHop(String name) {
        return name.equals("connection")
                || name.equals("keep-alive")
                || name.equals("proxy-connection")
                || name.equals("proxy-authorization");
    }
}
