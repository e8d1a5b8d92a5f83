package dev.plara.app.senders;

import dev.plara.app.config.NotifierConfig;
import dev.plara.wallet.core.domain.notification.Channel;
import dev.plara.wallet.core.domain.notification.OutboxMessage;
import dev.plara.wallet.core.port.out.MessageDeliveryException;
import jakarta.mail.Transport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A mail server that answers, but slowly (a line every half second, each well inside the read timeout), holds one
 * send no longer than the sender's limit for a whole message: then the connection is closed and the message fails as
 * one to retry, saying why. Without that limit this server would hold the send for a minute.
 */
@Timeout(40)
class SmtpSendLimitTest {

    private static final Duration LIMIT = Duration.ofSeconds(2);

    private final ServerSocket server = listen();
    private final Thread trickling = new Thread(this::trickle, "trickling-smtp");

    @AfterEach
    void stop() throws Exception {
        server.close();
        trickling.interrupt();
        trickling.join();
    }

    @Test
    void aServerTricklingItsRepliesFailsTheSendAtTheLimitAsOneToRetry() {
        trickling.start();
        var config = new NotifierConfig.Smtp("127.0.0.1", server.getLocalPort(), Optional.empty(), Optional.empty(),
                "shop@plara.dev", false);

        var message = new OutboxMessage("email:order:o_1", Channel.EMAIL, "zoe@plara.dev", "Your order", "Thank you.",
                Instant.EPOCH);

        assertThatThrownBy(() -> new SmtpSender(config, LIMIT, Transport::send).send(message)).isInstanceOfSatisfying(
                MessageDeliveryException.class, failure -> {
                    assertThat(failure.retryable()).isTrue();
                    assertThat(failure.getMessage()).isEqualTo("the mail server at 127.0.0.1:" + server.getLocalPort()
                            + " had not taken the message 2 s after Plara began sending it (it answers too slowly), so"
                            + " Plara closed the connection; it tries again later");
                });
    }

    /**
     * A send held before any socket is connected (as by the lookup of the server's host name, which closing sockets
     * does not end) fails at the limit all the same, as one to retry.
     */
    @Test
    @Timeout(20)
    void aSendHeldBeforeItsFirstSocketFailsAtTheLimitAsOneToRetry() throws InterruptedException {
        var lookup = new CountDownLatch(1);
        var config = new NotifierConfig.Smtp("mail.plara.invalid", 25, Optional.empty(), Optional.empty(),
                "shop@plara.dev", false);
        var message = new OutboxMessage("email:order:o_2", Channel.EMAIL, "zoe@plara.dev", "Your order", "Thank you.",
                Instant.EPOCH);
        try {
            assertThatThrownBy(() -> new SmtpSender(config, LIMIT, held -> awaitQuietly(lookup)).send(message))
                    .isInstanceOfSatisfying(MessageDeliveryException.class, failure -> {
                        assertThat(failure.retryable()).isTrue();
                        assertThat(failure.getMessage()).startsWith("the mail server at mail.plara.invalid:25 had not"
                                + " taken the message 2 s after Plara began sending it");
                    });
        } finally {
            lookup.countDown();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    /** Greets, then answers EHLO a line every half second for a minute. */
    private void trickle() {
        try (var client = server.accept(); var out = client.getOutputStream()) {
            out.write("220 trickle ESMTP\r\n".getBytes(StandardCharsets.US_ASCII));
            client.getInputStream().read(new byte[512]);
            for (int line = 0; line < 120; line++) {
                out.write("250-trickle\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread.sleep(500);
            }
        } catch (IOException | InterruptedException stopped) {
            // the sender closed the connection, or the test ended
        }
    }

    private static ServerSocket listen() {
        try {
            return new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
