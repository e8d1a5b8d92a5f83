package dev.plara.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP relay in front of a store that, once {@link #stall()}ed, keeps every reply to itself: the store looks
 * alive (connections open, requests accepted) but never answers again, as a hung server or a half-dead link does. It
 * can also hold back every request naming one word ({@link #slowDown}), as a store slow to answer one long command.
 */
final class StallingProxy implements AutoCloseable {

    private final ServerSocket listening;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile boolean stalled;
    private volatile byte[] slowWord = new byte[0];
    private volatile long slowMillis;

    StallingProxy(int storePort) throws IOException {
        this.listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        daemon(() -> {
            while (!listening.isClosed()) {
                try {
                    var client = listening.accept();
                    var store = new Socket(InetAddress.getLoopbackAddress(), storePort);
                    sockets.add(client);
                    sockets.add(store);
                    relay(client.getInputStream(), store.getOutputStream(), false);
                    relay(store.getInputStream(), client.getOutputStream(), true);
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    String connectionString() {
        return "mongodb://127.0.0.1:" + listening.getLocalPort();
    }

    /** From now on, nothing the store answers reaches the client. */
    void stall() {
        stalled = true;
    }

    /** From now on, a request holding {@code word} reaches the store {@code delay} late (so its answer does). */
    void slowDown(String word, Duration delay) {
        slowMillis = delay.toMillis();
        slowWord = word.getBytes(StandardCharsets.UTF_8);
    }

    private static boolean names(byte[] buffer, int length, byte[] word) {
        for (int at = 0; word.length > 0 && at + word.length <= length; at++) {
            if (Arrays.equals(buffer, at, at + word.length, word, 0, word.length)) {
                return true;
            }
        }
        return false;
    }

    private void relay(InputStream from, OutputStream to, boolean answers) {
        daemon(() -> {
            var buffer = new byte[8192];
            try {
                for (int read; (read = from.read(buffer)) > 0; ) {
                    if (!answers && names(buffer, read, slowWord)) {
                        Thread.sleep(slowMillis);
                    }
                    if (!(answers && stalled)) {
                        to.write(buffer, 0, read);
                        to.flush();
                    }
                }
            } catch (IOException | InterruptedException closed) {
                // the other side went away
            }
        });
    }

    private static void daemon(Runnable work) {
        var thread = new Thread(work, "stalling-proxy");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws IOException {
        listening.close();
        for (var socket : sockets) {
            socket.close();
        }
    }
}
