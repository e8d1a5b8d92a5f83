package dev.plara.app.senders;

import dev.plara.wallet.core.domain.notification.Channel;
import dev.plara.wallet.core.domain.notification.OutboxMessage;
import dev.plara.wallet.core.port.out.MessageDeliveryException;
import dev.plara.wallet.core.port.out.MessageSender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A failed send is logged at WARN with why and its cause, then handed on to the outbox unchanged. */
class LoggingSenderTest {

    private final ByteArrayOutputStream logged = new ByteArrayOutputStream();
    private PrintStream console;

    @BeforeEach
    void captureTheLog() {
        console = System.err;
        System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreTheLog() {
        System.setErr(console);
    }

    @Test
    void aFailedSendIsLoggedAtWarnWithItsReasonAndCauseAndStillFails() {
        var cause = new ConnectException("Connection refused");
        var failure = new MessageDeliveryException("Telegram could not be reached", true, cause);
        MessageSender failing = new MessageSender() {
            @Override
            public Channel channel() {
                return Channel.TELEGRAM;
            }

            @Override
            public void send(OutboxMessage message) {
                throw failure;
            }
        };
        var message = new OutboxMessage("log:entry-7", Channel.TELEGRAM, null, null, "secret balance line", Instant.EPOCH);

        assertThatThrownBy(() -> new LoggingSender(failing).send(message)).isSameAs(failure);

        var log = logged.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("WARN", "sending log:entry-7 by TELEGRAM failed (will try again): Telegram could not"
                + " be reached", "java.net.ConnectException: Connection refused").doesNotContain("secret balance line");
    }
}
