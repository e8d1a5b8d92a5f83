package dev.plara.app;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.plara.app.config.NotifierConfig;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An SMTP server (GreenMail) on a fixed loopback port that can go down and come back, keeping what it received. */
public final class SwitchableMailServer implements AutoCloseable {

    private final ServerSetup setup = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private final List<MimeMessage> receivedBefore = new ArrayList<>();
    private GreenMail running;

    public SwitchableMailServer() {
        up();
    }

    public NotifierConfig.Smtp config() {
        return new NotifierConfig.Smtp("127.0.0.1", setup.getPort(), Optional.empty(), Optional.empty(),
                "orders@plara.dev", false);
    }

    synchronized void up() {
        if (running == null) {
            running = new GreenMail(setup);
            running.start();
        }
    }

    /** Stops listening: connections are refused until {@link #up()}. */
    public synchronized void down() {
        if (running != null) {
            receivedBefore.addAll(List.of(running.getReceivedMessages()));
            running.stop();
            running = null;
        }
    }

    /** Every message received so far, across restarts. */
    public synchronized List<MimeMessage> received() {
        var all = new ArrayList<>(receivedBefore);
        if (running != null) {
            all.addAll(List.of(running.getReceivedMessages()));
        }
        return all;
    }

    @Override
    public void close() {
        down();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
