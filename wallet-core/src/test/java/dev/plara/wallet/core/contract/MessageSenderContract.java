package dev.plara.wallet.core.contract;

import dev.plara.wallet.core.domain.notification.Channel;
import dev.plara.wallet.core.domain.notification.OutboxMessage;
import dev.plara.wallet.core.port.out.MessageDeliveryException;
import dev.plara.wallet.core.port.out.MessageSender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@link MessageSender} contract, run against every channel's sender. */
public abstract class MessageSenderContract {

    private static final Instant AT = Instant.parse("2026-11-22T10:00:00Z");

    private MessageSender sender;

    /** A sender to a channel that is up. */
    protected abstract MessageSender newSender();

    /** The body of every message the channel accepted so far, oldest first. */
    protected abstract List<String> bodiesReceived();

    /** Takes the channel down (unreachable, or answering that it is unavailable) for the rest of the test. */
    protected abstract void takeTheChannelDown();

    @BeforeEach
    void createSender() {
        sender = newSender();
    }

    private OutboxMessage message(String key, String body) {
        boolean email = sender.channel() == Channel.EMAIL;
        return new OutboxMessage(key, sender.channel(), email ? "zoe@plara.dev" : null, email ? "Your order" : null,
                body, AT);
    }

    @Test
    void aMessageIsAcceptedByTheChannelBeforeSendReturns() {
        sender.send(message("log:1", "CARD_DEPOSIT: +10.00 USD to alice"));

        assertThat(bodiesReceived()).singleElement().asString().contains("CARD_DEPOSIT: +10.00 USD to alice");
    }

    @Test
    void aMessageSentAgainIsAcceptedAgainBecauseDeliveryIsAtLeastOnce() {
        sender.send(message("log:1", "first"));
        sender.send(message("log:1", "first"));

        assertThat(bodiesReceived()).isNotEmpty().allSatisfy(body -> assertThat(body).contains("first"));
    }

    @Test
    void aChannelThatIsDownIsAFailureWorthRetrying() {
        takeTheChannelDown();

        assertThatThrownBy(() -> sender.send(message("log:2", "lost?")))
                .isInstanceOfSatisfying(MessageDeliveryException.class, failure -> {
                    assertThat(failure.retryable()).isTrue();
                    assertThat(failure.getMessage()).isNotBlank();
                });
        assertThat(bodiesReceived()).isEmpty();
    }
}
