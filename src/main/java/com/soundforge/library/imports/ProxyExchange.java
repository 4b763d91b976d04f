package com.soundforge.library.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** One client connection to the {@link GuardedProxy}: a CONNECT tunnel or one forwarded plain-HTTP exchange. */
final class ProxyExchange {

    private final GuardedProxy proxy;
    private final Socket client;
    private String host = "";

    ProxyExchange(GuardedProxy proxy, Socket client) {
        this.proxy = proxy;
        this.client = client;
    }

    void run() {
        Socket upstream = null;
        try {
            client.setSoTimeout(proxy.readTimeoutMillis());
            InputStream in = new BufferedInputStream(client.getInputStream());
            HttpHead request = HttpHead.read(in);
            if (request == null) {
                return;
            }
            String[] parts = request.startLine().split(" ");
            if (parts.length != 3) {
                answer(400, "Bad Request", "Not an HTTP request.");
                return;
            }
            upstream = parts[0].equals("CONNECT") ? tunnel(parts[1]) : forward(request, parts);
            if (upstream != null) {
                relay(in, upstream, parts[0].equals("CONNECT"));
            }
        } catch (IOException e) {
            // the client or the server went away; the client sees its connection end
        } finally {
            if (upstream != null) {
                proxy.forget(upstream);
            }
            proxy.forget(client);
        }
    }

    private Socket tunnel(String authority) throws IOException {
        int colon = authority.lastIndexOf(':');
        int port = colon < 0 ? -1 : parsePort(authority.substring(colon + 1));
        if (port < 0) {
            answer(400, "Bad Request", "CONNECT needs host:port.");
            return null;
        }
        Socket upstream = open(authority.substring(0, colon), port);
        if (upstream != null) {
            client.getOutputStream()
                    .write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        return upstream;
    }

    private Socket forward(HttpHead request, String[] parts) throws IOException {
        URI target;
        try {
            target = URI.create(parts[1]);
        } catch (IllegalArgumentException e) {
            answer(400, "Bad Request", "Not a valid URL.");
            return null;
        }
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") || target.getHost() == null) {
            refuse("Only http:// and https:// links can be followed (not " + parts[1] + ").");
            return null;
        }
        Socket upstream = open(target.getHost(), target.getPort() < 0 ? 80 : target.getPort());
        if (upstream != null) {
            String path = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
            String query = target.getRawQuery() == null ? "" : "?" + target.getRawQuery();
            upstream.getOutputStream()
                    .write(request.closingAfterOneExchange(parts[0] + " " + path + query + " " + parts[2])
                            .bytes());
        }
        return upstream;
    }

    private Socket open(String host, int port) throws IOException {
        this.host = host;
        try {
            return proxy.connect(host, port);
        } catch (ImportException e) {
            refuse(e.getMessage());
        } catch (IOException e) {
            proxy.report(ImportFailure.DOWNLOAD, "Could not connect to " + host + ": " + e.getMessage());
            answer(502, "Bad Gateway", "Could not connect to " + host + ".");
        }
        return null;
    }

    /**
     * Copies both ways until the server is done. A plain-HTTP response has its head rewritten to close the
     * connection, so the client never sends a second request down a connection checked for another host.
     */
    private void relay(InputStream clientIn, Socket upstream, boolean tunnel) throws IOException {
        Thread.ofVirtual().name("import-proxy-upload").start(() -> copyUpload(clientIn, upstream));
        InputStream serverIn = upstream.getInputStream();
        OutputStream clientOut = client.getOutputStream();
        try {
            if (!tunnel) {
                HttpHead response = HttpHead.read(serverIn);
                if (response == null) {
                    throw new IOException("The server closed the connection without answering.");
                }
                clientOut.write(
                        response.closingAfterOneExchange(response.startLine()).bytes());
            }
            serverIn.transferTo(clientOut);
            clientOut.flush();
        } catch (SocketTimeoutException e) {
            proxy.report(ImportFailure.DOWNLOAD, "The server at " + host + " stopped answering (timed out).");
            proxy.abort(client);
        } catch (IOException e) {
            proxy.abort(client);
        }
    }

    /** Request bodies and TLS records from the client; an idle client is normal while the server sends. */
    private void copyUpload(InputStream clientIn, Socket upstream) {
        byte[] buffer = new byte[16 * 1024];
        try {
            OutputStream out = upstream.getOutputStream();
            while (true) {
                int n;
                try {
                    n = clientIn.read(buffer);
                } catch (SocketTimeoutException idle) {
                    continue;
                }
                if (n < 0) {
                    upstream.shutdownOutput();
                    return;
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // one side closed; the exchange ends through the other direction
        }
    }

    private void refuse(String message) throws IOException {
        proxy.report(ImportFailure.BAD_URL, message);
        answer(403, "Forbidden", message);
    }

    private void answer(int status, String reason, String message) throws IOException {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        OutputStream out = client.getOutputStream();
        out.write(("HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: text/plain; charset=utf-8\r\n"
                        + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text);
            return port > 0 && port < 65536 ? port : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
