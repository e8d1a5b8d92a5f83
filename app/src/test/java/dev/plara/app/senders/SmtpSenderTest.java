package dev.plara.app.senders;

import dev.plara.app.SwitchableMailServer;
import dev.plara.wallet.core.contract.MessageSenderContract;
import dev.plara.wallet.core.domain.notification.Channel;
import dev.plara.wallet.core.domain.notification.OutboxMessage;
import dev.plara.wallet.core.port.out.MessageSender;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The sender contract on SMTP (GreenMail on loopback), and what only email does. */
class SmtpSenderTest extends MessageSenderContract {

    private final SwitchableMailServer mail = new SwitchableMailServer();

    @AfterEach
    void stop() {
        mail.close();
    }

    @Override
    protected MessageSender newSender() {
        return new SmtpSender(mail.config());
    }

    @Override
    protected List<String> bodiesReceived() {
        return mail.received().stream().map(SmtpSenderTest::text).toList();
    }

    @Override
    protected void takeTheChannelDown() {
        mail.down();
    }

    @Test
    void anEmailArrivesWithItsSubjectRecipientAndAMessageIdFromItsKey() throws Exception {
        new SmtpSender(mail.config()).send(new OutboxMessage("email:order:ord_1", Channel.EMAIL, "zoe@plara.dev",
                "Your order: The Ebook", "Thank you for your purchase.", Instant.EPOCH));

        assertThat(mail.received()).singleElement().satisfies(received -> {
            assertThat(received.getSubject()).isEqualTo("Your order: The Ebook");
            assertThat(received.getAllRecipients()[0].toString()).isEqualTo("zoe@plara.dev");
            assertThat(received.getMessageID()).isEqualTo("<email-order-ord_1@plara.outbox>");
        });
    }

    private static String text(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (Exception unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
