package com.soundforge.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * N minimal Phoenix V2 clients for the channel fan-out benchmark: one java.net.http {@link HttpClient} (one selector
 * thread, a 4-thread executor) holding every WebSocket; each client joins one topic with
 * {@code ["1","1",topic,"phx_join",{}]}, sends a heartbeat every 30 s like the official client, and records, for
 * every {@code job:progress} whose message is {@code t=<System.nanoTime() at publish>}, the delivery latency.
 * Plain JDK only, so {@link #main} can run the same clients in a separate JVM (to weigh the client side alone).
 */
public final class FanoutClients implements AutoCloseable {

    static final String SENT_MARK = "\"message\":\"t=";
    static final Duration HEARTBEAT = Duration.ofSeconds(30);
    private static final int HANDSHAKES_IN_FLIGHT = 64;

    private final ExecutorService executor = Executors.newFixedThreadPool(4, daemon("fanout-client"));
    private final ScheduledExecutorService heartbeats =
            Executors.newSingleThreadScheduledExecutor(daemon("fanout-heartbeat"));
    private final HttpClient http = HttpClient.newBuilder()
            .executor(executor)
            .connectTimeout(Duration.ofSeconds(30))
            .build();
    private final Queue<Client> clients = new ConcurrentLinkedQueue<>();
    private final AtomicInteger delivered = new AtomicInteger();
    private volatile long[] latencies = new long[0];

    public FanoutClients() {
        heartbeats.scheduleAtFixedRate(
                this::heartbeat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Connects n clients to the socket, client i joining {@code topics.get(i % topics.size())}, at most 64
     * handshakes at a time; returns how many were joined (status ok) when all answered or 3 minutes passed.
     */
    public int connectAndJoin(URI uri, List<String> topics, int n) throws InterruptedException {
        Semaphore inFlight = new Semaphore(HANDSHAKES_IN_FLIGHT);
        CountDownLatch answered = new CountDownLatch(n);
        AtomicInteger joined = new AtomicInteger();
        for (int i = 0; i < n; i++) {
            inFlight.acquire();
            Client client = new Client(topics.get(i % topics.size()));
            clients.add(client);
            client.joined.whenComplete((ok, error) -> {
                if (Boolean.TRUE.equals(ok)) {
                    joined.incrementAndGet();
                }
                inFlight.release();
                answered.countDown();
            });
            http.newWebSocketBuilder()
                    .connectTimeout(Duration.ofSeconds(30))
                    .buildAsync(uri, client)
                    .whenComplete((socket, error) -> {
                        if (error != null) {
                            client.joined.complete(false);
                        }
                    });
        }
        answered.await(3, TimeUnit.MINUTES);
        return joined.get();
    }

    /** Starts counting deliveries afresh, with room for the expected number of latencies. */
    public void expect(int deliveries) {
        latencies = new long[deliveries];
        delivered.set(0);
    }

    /** Waits until the expected deliveries arrived or the timeout passed; returns how many arrived. */
    public int awaitDeliveries(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (delivered.get() < latencies.length && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        return delivered.get();
    }

    /** The recorded latencies in nanoseconds, sorted. */
    public long[] sortedLatencies() {
        long[] copy = Arrays.copyOf(latencies, Math.min(delivered.get(), latencies.length));
        Arrays.sort(copy);
        return copy;
    }

    /** Closes every socket (close frame, then abort what did not close within 10 s) and the HttpClient. */
    @Override
    public void close() throws InterruptedException {
        heartbeats.shutdownNow();
        clients.forEach(Client::sendClose);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        for (Client client : clients) {
            try {
                client.closed.get(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (Exception notClosed) {
                client.abort();
            }
        }
        clients.clear();
        http.shutdownNow();
        executor.shutdownNow();
    }

    private void heartbeat() {
        for (Client client : clients) {
            client.send("[null,\"hb\",\"phoenix\",\"heartbeat\",{}]");
        }
    }

    private void record(long latencyNanos) {
        long[] sink = latencies;
        int i = delivered.getAndIncrement();
        if (i < sink.length) {
            sink[i] = latencyNanos;
        }
    }

    private final class Client implements WebSocket.Listener {

        final String topic;
        final CompletableFuture<Boolean> joined = new CompletableFuture<>();
        final CompletableFuture<Void> closed = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();
        private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);
        private volatile WebSocket socket;

        Client(String topic) {
            this.topic = topic;
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            socket = webSocket;
            webSocket.request(1);
            send("[\"1\",\"1\",\"" + topic + "\",\"phx_join\",{}]");
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            long now = System.nanoTime();
            if (last && partial.isEmpty()) {
                handle(data.toString(), now);
            } else {
                partial.append(data);
                if (last) {
                    handle(partial.toString(), now);
                    partial.setLength(0);
                }
            }
            webSocket.request(1);
            return null;
        }

        private void handle(String frame, long receivedAt) {
            if (!joined.isDone()) {
                if (frame.startsWith("[\"1\",\"1\",") && frame.contains("\"phx_reply\"")) {
                    joined.complete(frame.contains("\"status\":\"ok\""));
                }
                return;
            }
            int mark = frame.indexOf(SENT_MARK);
            if (mark < 0 || !frame.contains("\"job:progress\"")) {
                return;
            }
            int from = mark + SENT_MARK.length();
            int to = frame.indexOf('"', from);
            record(receivedAt - Long.parseLong(frame, from, to, 10));
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            joined.complete(false);
            closed.complete(null);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            joined.complete(false);
            closed.complete(null);
        }

        /** One send at a time per socket, as java.net.http requires. */
        synchronized void send(String text) {
            WebSocket current = socket;
            if (current == null || current.isOutputClosed()) {
                return;
            }
            sending = sending.handle((result, error) -> null).thenCompose(ignored -> current.sendText(text, true));
        }

        synchronized void sendClose() {
            WebSocket current = socket;
            if (current == null || current.isOutputClosed()) {
                closed.complete(null);
                return;
            }
            sending = sending.handle((result, error) -> null)
                    .thenCompose(ignored -> current.sendClose(WebSocket.NORMAL_CLOSURE, ""));
        }

        void abort() {
            WebSocket current = socket;
            if (current != null) {
                current.abort();
            }
        }
    }

    /** Heap used after full collections, and direct buffer memory, in bytes. */
    public static long[] heapAndDirectAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long direct = ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                .filter(pool -> pool.getName().equals("direct"))
                .mapToLong(BufferPoolMXBean::getMemoryUsed)
                .sum();
        return new long[] {heap, direct};
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return Thread.ofPlatform().name(name + "-", 0).daemon().factory();
    }

    /**
     * The clients alone in their own JVM. Arguments: socket URI, client count, topics (comma-separated). Prints
     * {@code READY} after its baseline and connects on the next stdin line; prints
     * {@code JOINED <joined> <heapBefore> <heapAfter> <directBefore> <directAfter> <connectNanos>} once every
     * client answered, then waits for another line (or the end) on stdin, closes the sockets and exits.
     */
    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        int n = Integer.parseInt(args[1]);
        List<String> topics = List.of(args[2].split(","));
        FanoutClients clients = new FanoutClients();
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        long[] before = heapAndDirectAfterGc();
        System.out.println("READY");
        System.out.flush();
        commands.readLine();
        long start = System.nanoTime();
        int joined = clients.connectAndJoin(uri, topics, n);
        long connectNanos = System.nanoTime() - start;
        long[] after = heapAndDirectAfterGc();
        System.out.println("JOINED " + joined + " " + before[0] + " " + after[0] + " " + before[1] + " " + after[1]
                + " " + connectNanos);
        System.out.flush();
        commands.readLine();
        clients.close();
        System.exit(0);
    }
}
