package dev.plara.app.senders;

import javax.net.SocketFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One send's time limit as a whole (reads are limited one by one, so a server answering a line every few seconds would
 * hold a send for as long as it liked): the sockets the send opens through this factory are closed once {@code limit}
 * has passed since it began, which ends the send with an error; a send run through {@link #ranWithin} is waited for no
 * longer than that, whatever holds it. {@link #close()} when the send is over.
 */
final class SendLimit extends SocketFactory implements AutoCloseable {

    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final Duration limit;
    private final ScheduledFuture<?> expiry;
    private volatile boolean passed;

    SendLimit(ScheduledExecutorService timer, Duration limit) {
        this.limit = limit;
        this.expiry = timer.schedule(this::expire, limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Runs {@code send} on a thread of {@code threads}, waiting for it no longer than the limit, and answers whether it
     * ended within it (throwing what it threw). Whatever holds it, it is then left to end on its own, and the sockets
     * it opens are closed: the lookup of a host name comes before any socket connects, and closing sockets does not
     * end it.
     */
    boolean ranWithin(Runnable send, Executor threads) {
        var sending = CompletableFuture.runAsync(send, threads);
        try {
            sending.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException late) {
            expire();
            return false;
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            expire();
            return false;
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException thrown ? thrown : new IllegalStateException(failed);
        }
    }

    /** Whether the limit passed before the send ended (and its connection was closed). */
    boolean passed() {
        return passed;
    }

    private void expire() {
        passed = true;
        sockets.forEach(SendLimit::closeQuietly);
    }

    private Socket opened(Socket socket) {
        sockets.add(socket);
        if (passed) {
            closeQuietly(socket);
        }
        return socket;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException alreadyGone) {
            // closed either way
        }
    }

    @Override
    public Socket createSocket() {
        return opened(new Socket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return opened(new Socket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return opened(new Socket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return opened(new Socket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return opened(new Socket(address, port, localAddress, localPort));
    }

    @Override
    public void close() {
        expiry.cancel(false);
    }
}
