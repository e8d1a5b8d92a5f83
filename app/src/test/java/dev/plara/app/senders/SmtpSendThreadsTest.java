package dev.plara.app.senders;

import dev.plara.app.config.NotifierConfig;
import dev.plara.wallet.core.domain.notification.Channel;
import dev.plara.wallet.core.domain.notification.OutboxMessage;
import dev.plara.wallet.core.domain.notification.OutboxStatus;
import dev.plara.wallet.core.memory.InMemoryOutbox;
import dev.plara.wallet.core.port.out.MessageDeliveryException;
import dev.plara.wallet.core.service.OutboxDispatcher;
import jakarta.mail.Transport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A send the whole-send limit abandoned keeps its thread until it ends: at most {@link SmtpSender#IN_FLIGHT} sends hold
 * threads at once, a send finding none free is refused at once (as one to retry, and the outbox retries it), and a send
 * held by a server that never answers ends with its connection, closed at the limit, giving its thread back.
 */
@Timeout(60)
class SmtpSendThreadsTest {

    private static final Duration LIMIT = Duration.ofMillis(300);
    private static final int SENDS = 8;

    private final CountDownLatch lookup = new CountDownLatch(1);
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();
    private final AtomicInteger transmissions = new AtomicInteger();

    @AfterEach
    void release() {
        lookup.countDown();
    }

    @Test
    void sendsHeldPastTheLimitHoldAFewThreadsAndTheNextAreRefusedAtOnce() {
        var sender = new SmtpSender(config("mail.plara.invalid", 25), LIMIT, held -> holdLikeALookup());
        for (int i = 0; i < SENDS; i++) {
            assertThatThrownBy(() -> sender.send(message(1))).isInstanceOfSatisfying(MessageDeliveryException.class,
                    failure -> assertThat(failure.retryable()).isTrue());
        }

        assertThat(transmissions).as("sends started, each holding its thread still").hasValue(SmtpSender.IN_FLIGHT);
        assertThatThrownBy(() -> sender.send(message(1))).hasMessage("Plara is still waiting on "
                + SmtpSender.IN_FLIGHT + " emails the mail server at mail.plara.invalid:25 has not taken (it answers too"
                + " slowly, or its name does not resolve), so it did not start this one; it tries again later");
    }

    @Test
    void theOutboxRetriesASendRefusedForWantOfAThread() {
        var sender = new SmtpSender(config("mail.plara.invalid", 25), LIMIT, held -> holdLikeALookup());
        var outbox = new InMemoryOutbox();
        var dispatcher = new OutboxDispatcher(outbox, List.of(sender), "worker", Clock.systemUTC(), System::nanoTime);
        for (int i = 0; i <= SmtpSender.IN_FLIGHT; i++) {
            outbox.enqueue(message(i));
        }

        assertThat(dispatcher.dispatchDue().failed()).isEqualTo(SmtpSender.IN_FLIGHT + 1);

        var refused = outbox.find("email:order:o_" + SmtpSender.IN_FLIGHT).orElseThrow();
        assertThat(refused.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(refused.attempts()).isEqualTo(1);
        assertThat(refused.lastError()).startsWith("Plara is still waiting on " + SmtpSender.IN_FLIGHT + " emails");
    }

    @Test
    void aSendToAServerThatNeverAnswersEndsWithItsConnectionAtTheLimit() throws IOException {
        try (var silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            var accepting = new Thread(() -> acceptQuietly(silent));
            accepting.setDaemon(true);
            accepting.start();
            var sender = new SmtpSender(config("127.0.0.1", silent.getLocalPort()), LIMIT, this::countedSend);
            for (int i = 0; i < SENDS; i++) {
                assertThatThrownBy(() -> sender.send(message(1))).hasMessageContaining("Plara closed the connection");
                await().atMost(Duration.ofSeconds(20)).until(() -> transmissions.get() == 0);
            }
            assertThat(accepted).as("connections the sends opened").hasSize(SENDS);
        }
    }

    private void countedSend(jakarta.mail.Message message) throws jakarta.mail.MessagingException {
        transmissions.incrementAndGet();
        try {
            Transport.send(message);
        } finally {
            transmissions.decrementAndGet();
        }
    }

    /** Holds its thread until the test ends, deaf to interrupts, as the lookup of a host name does. */
    private void holdLikeALookup() {
        transmissions.incrementAndGet();
        boolean done = false;
        while (!done) {
            try {
                lookup.await();
                done = true;
            } catch (InterruptedException ignored) {
                // a lookup is not interrupted
            }
        }
    }

    private void acceptQuietly(ServerSocket silent) {
        try {
            while (true) {
                accepted.add(silent.accept());
            }
        } catch (IOException closed) {
            // the test ended
        }
    }

    private static NotifierConfig.Smtp config(String host, int port) {
        return new NotifierConfig.Smtp(host, port, Optional.empty(), Optional.empty(), "shop@plara.dev", false);
    }

    private static OutboxMessage message(int order) {
        return new OutboxMessage("email:order:o_" + order, Channel.EMAIL, "zoe@plara.dev", "Your order", "Thank you.",
                Instant.EPOCH);
    }
}
