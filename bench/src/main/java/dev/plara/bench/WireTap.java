package dev.plara.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A pass-through proxy on loopback between a MongoDB client and its server that records every command round trip it
 * carries, in the order the replies came back. Nothing is changed on the way.
 */
final class WireTap implements AutoCloseable {

    private final InetSocketAddress upstream;
    private final ServerSocket listener;
    private final List<RoundTrip> trips = new ArrayList<>();
    private final List<Socket> sockets = new ArrayList<>();
    private volatile long lastTrafficNanos = System.nanoTime();
    private final AtomicLong messages = new AtomicLong();

    WireTap(InetSocketAddress upstream) throws IOException {
        this.upstream = upstream;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        var acceptor = new Thread(this::accept, "wire-tap");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The address a client connects to instead of the server's. */
    String connectionString() {
        return "mongodb://127.0.0.1:" + listener.getLocalPort() + "/?directConnection=true";
    }

    /** The round trips recorded since the last call, and forgets them. */
    synchronized List<RoundTrip> take() {
        var taken = List.copyOf(trips);
        trips.clear();
        return taken;
    }

    /**
     * Waits for the next burst of traffic (within {@code withinMillis}; a scheduled job's tick when nothing else runs),
     * then until nothing has crossed for {@code quietMillis}: the moment furthest from the next tick.
     */
    void awaitAfterBurst(long withinMillis, long quietMillis) throws InterruptedException {
        long seen = messages.get();
        long deadline = System.nanoTime() + withinMillis * 1_000_000;
        while (messages.get() == seen && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        awaitQuiet(quietMillis);
    }

    /** Waits until nothing has crossed for {@code quietMillis}, at most 10 s. */
    void awaitQuiet(long quietMillis) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() - lastTrafficNanos < quietMillis * 1_000_000 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    private void accept() {
        try {
            while (!listener.isClosed()) {
                var client = listener.accept();
                var server = new Socket(upstream.getAddress(), upstream.getPort());
                synchronized (sockets) {
                    sockets.add(client);
                    sockets.add(server);
                }
                var pending = new ConcurrentHashMap<Integer, WireMessages.Request>();
                pump(client, server, message -> {
                    var request = WireMessages.request(message);
                    if (request != null) {
                        pending.put(request.id(), request);
                    }
                });
                pump(server, client, message -> {
                    int answers = ByteBuffer.wrap(message).order(ByteOrder.LITTLE_ENDIAN).getInt(8);
                    var request = pending.remove(answers);
                    if (request != null) {
                        record(WireMessages.answered(request, message));
                    }
                });
            }
        } catch (IOException closed) {
            // the tap was closed
        }
    }

    private synchronized void record(RoundTrip trip) {
        trips.add(trip);
    }

    /** Pumps {@code from} to {@code to}, noting the traffic before {@code seen} looks at each message. */
    private void pump(Socket from, Socket to, Consumer<byte[]> seen) throws IOException {
        WirePump.start(from, to, message -> {
            lastTrafficNanos = System.nanoTime();
            messages.incrementAndGet();
            seen.accept(message);
        });
    }

    @Override
    public void close() throws IOException {
        listener.close();
        synchronized (sockets) {
            for (var socket : sockets) {
                socket.close();
            }
        }
    }
}
