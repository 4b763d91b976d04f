package com.soundforge.library.imports;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A forward HTTP proxy on loopback that lives for one download and is the download's only way out: every
 * connection it opens goes to an address the guard checked, resolved once (no second DNS lookup to rebind), so
 * neither a redirect nor a media URL embedded in a page can reach a private address. Plain http:// requests are
 * forwarded one per connection, https:// goes through CONNECT tunnels, any other scheme is refused. Closing it
 * cuts every connection at once, which is how a download that overruns its limits is stopped.
 */
final class GuardedProxy implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GuardedProxy.class);

    private final AddressGuard guard;
    private final int connectTimeoutMillis;
    private final int readTimeoutMillis;
    private final ServerSocket server;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicReference<ImportException> problem = new AtomicReference<>();
    private volatile boolean closed;

    private GuardedProxy(AddressGuard guard, ImportProperties properties) throws IOException {
        this.guard = guard;
        this.connectTimeoutMillis = (int) properties.connectTimeout().toMillis();
        this.readTimeoutMillis = (int) properties.readTimeout().toMillis();
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    static GuardedProxy start(AddressGuard guard, ImportProperties properties) throws ImportException {
        try {
            GuardedProxy proxy = new GuardedProxy(guard, properties);
            Thread.ofVirtual()
                    .name("import-proxy-" + proxy.server.getLocalPort())
                    .start(proxy::acceptConnections);
            return proxy;
        } catch (IOException e) {
            throw new ImportException(ImportFailure.DOWNLOAD, "The download could not start: " + e.getMessage(), e);
        }
    }

    /** For yt-dlp and other HTTP clients: {@code http://127.0.0.1:port}. */
    String url() {
        return "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + server.getLocalPort();
    }

    Proxy javaProxy() {
        return new Proxy(Proxy.Type.HTTP, server.getLocalSocketAddress());
    }

    /**
     * Why the proxy refused a connection ({@link ImportFailure#BAD_URL}) or lost a server ({@link
     * ImportFailure#DOWNLOAD}), the first time it happened, with a message meant for the user.
     */
    Optional<ImportException> problem() {
        return Optional.ofNullable(problem.get());
    }

    void report(ImportFailure failure, String message) {
        if (problem.compareAndSet(null, new ImportException(failure, message))) {
            log.info("Import proxy: {}", message);
        }
    }

    /** Opens a connection to one of the host's checked addresses. */
    Socket connect(String host, int port) throws ImportException, IOException {
        List<InetAddress> addresses = guard.resolve(host);
        IOException failure = new IOException("The host " + host + " has no address.");
        for (InetAddress address : addresses) {
            Socket upstream = track(new Socket());
            try {
                upstream.connect(new InetSocketAddress(address, port), connectTimeoutMillis);
                upstream.setSoTimeout(readTimeoutMillis);
                return upstream;
            } catch (IOException e) {
                failure = e;
                forget(upstream);
            }
        }
        throw failure;
    }

    Socket track(Socket socket) throws IOException {
        open.add(socket);
        if (closed) {
            forget(socket);
            throw new IOException("The download was stopped.");
        }
        return socket;
    }

    /** Closes a socket with a reset rather than a clean end, so that a client never takes a cut body for whole. */
    void abort(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
        } catch (IOException ignored) {
            // already closed
        }
        forget(socket);
    }

    void forget(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }

    int readTimeoutMillis() {
        return readTimeoutMillis;
    }

    private void acceptConnections() {
        while (!closed) {
            try {
                Socket client = track(server.accept());
                Thread.ofVirtual().name("import-proxy-exchange").start(() -> new ProxyExchange(this, client).run());
            } catch (IOException e) {
                if (!closed) {
                    log.warn("Import proxy stopped accepting connections", e);
                }
                return;
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        List.copyOf(open).forEach(this::abort);
    }
}
