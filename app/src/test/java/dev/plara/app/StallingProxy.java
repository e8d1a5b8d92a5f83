package dev.plara.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP relay in front of a store that, once {@link #stall()}ed, keeps every reply to itself: the store looks
 * alive (connections open, requests accepted) but never answers again, as a hung server or a half-dead link does.
 */
final class StallingProxy implements AutoCloseable {

    private final ServerSocket listening;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile boolean stalled;

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

    private void relay(InputStream from, OutputStream to, boolean answers) {
        daemon(() -> {
            var buffer = new byte[8192];
            try {
                for (int read; (read = from.read(buffer)) > 0; ) {
                    if (!(answers && stalled)) {
                        to.write(buffer, 0, read);
                        to.flush();
                    }
                }
            } catch (IOException closed) {
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
