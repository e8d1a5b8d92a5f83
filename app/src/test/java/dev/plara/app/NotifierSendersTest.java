package dev.plara.app;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.plara.wallet.core.domain.Channel;
import dev.plara.wallet.core.domain.OutboxMessage;
import dev.plara.wallet.core.port.out.MessageDeliveryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpClient;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NotifierSendersTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Instant AT = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void telegramGetsTheLogLineForTheConfiguredChat() {
        try (var telegram = new FakeTelegram()) {
            var sender = new TelegramSender(telegram.config(), HttpClient.newHttpClient());

            sender.send(new OutboxMessage("log:1", Channel.TELEGRAM, null, null, "CARD_DEPOSIT: +10.00 USD", AT));

            assertThat(telegram.messages).singleElement().satisfies(message -> {
                assertThat(message.get("chat_id").asText()).isEqualTo("-100123");
                assertThat(message.get("text").asText()).isEqualTo("CARD_DEPOSIT: +10.00 USD");
            });
        }
    }

    @Test
    void telegramFailuresSayWhetherRetryingCanHelp() {
        try (var telegram = new FakeTelegram()) {
            var sender = new TelegramSender(telegram.config(), HttpClient.newHttpClient());
            var message = new OutboxMessage("log:1", Channel.TELEGRAM, null, null, "x", AT);

            telegram.failWith(503);
            assertThatThrownBy(() -> sender.send(message)).isInstanceOfSatisfying(MessageDeliveryException.class,
                    failure -> assertThat(failure.retryable()).isTrue());
            telegram.failWith(400);
            assertThatThrownBy(() -> sender.send(message)).isInstanceOfSatisfying(MessageDeliveryException.class,
                    failure -> assertThat(failure.retryable()).isFalse());
        }
    }

    @Test
    void anEmailArrivesWithItsSubjectBodyAndAMessageIdFromItsKey() throws Exception {
        var smtp = new NotifierConfig.Smtp("127.0.0.1", MAIL.getSmtp().getPort(), Optional.empty(), Optional.empty(),
                "orders@plara.dev", false);

        new SmtpSender(smtp).send(new OutboxMessage("email:order:ord_1", Channel.EMAIL, "zoe@plara.dev",
                "Your order: The Ebook", "Thank you for your purchase.", AT));

        var received = MAIL.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Your order: The Ebook");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("zoe@plara.dev");
        assertThat(received[0].getMessageID()).isEqualTo("<email-order-ord_1@plara.outbox>");
        assertThat(received[0].getContent().toString()).contains("Thank you for your purchase.");
    }

    @Test
    void anUnreachableMailServerIsARetryableFailure() {
        var nowhere = new NotifierConfig.Smtp("127.0.0.1", 1, Optional.empty(), Optional.empty(), "orders@plara.dev",
                false);

        assertThatThrownBy(() -> new SmtpSender(nowhere).send(new OutboxMessage("email:1", Channel.EMAIL,
                "zoe@plara.dev", "Hi", "Body", AT))).isInstanceOfSatisfying(MessageDeliveryException.class,
                failure -> assertThat(failure.retryable()).isTrue());
    }
}
