package dev.plara.app;

import dev.plara.app.config.NotifierConfig;
import dev.plara.app.senders.Notifiers;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.payment.PaidDeposit;
import dev.plara.wallet.core.domain.payment.PaidProductOrder;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.user.UserProfile;
import dev.plara.wallet.core.port.in.DispatchOutboxUseCase.DispatchReport;
import dev.plara.wallet.core.port.in.DispatchOutboxUseCase;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6: the outbox on real MongoDB stores (mongo-java-server over the wire protocol) sends through the real
 * Telegram and SMTP senders to a fake Bot API and GreenMail: each message arrives once, also after the channels were
 * down for a while (time is the dispatcher's clock), and never while a credit waits on it.
 */
@Timeout(60)
class OutboxDeliveryTest {

    static final int CREDITS = 10;
    static final int ORDERS = 5;

    private final CoreOnMongoWire mongo = new CoreOnMongoWire();
    private final CoreOnMongoWire.Instance instance = mongo.instance();
    private final FakeTelegram telegram = new FakeTelegram();
    private final SwitchableMailServer mail = new SwitchableMailServer();
    private final DispatchOutboxUseCase dispatcher = instance.core().outboxDispatcher(
            new Notifiers(new NotifierConfig(Optional.of(telegram.config()), Optional.of(mail.config()))).senders());

    @AfterEach
    void stop() {
        mail.close();
        telegram.close();
        mongo.close();
    }

    @Test
    void everyMessageArrivesOnceEvenWhenItsCauseIsRepeated() throws Exception {
        queueCreditsAndOrders();
        queueCreditsAndOrders();

        assertThat(dispatcher.dispatchDue()).isEqualTo(new DispatchReport(CREDITS + ORDERS, 0, 0));
        assertThat(dispatcher.dispatchDue()).isEqualTo(new DispatchReport(0, 0, 0));
        assertArrivedOnce();
    }

    @Test
    void withBothChannelsDownForAWhileEachMessageArrivesOnceAfterTheyComeBack() throws Exception {
        queueCreditsAndOrders();
        telegram.failWith(503);
        mail.down();

        for (var backoff : List.of(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120))) {
            assertThat(dispatcher.dispatchDue()).isEqualTo(new DispatchReport(0, CREDITS + ORDERS, 0));
            mongo.clock.advance(backoff.minusSeconds(1));
            assertThat(dispatcher.dispatchDue()).as("nothing is due before its backoff")
                    .isEqualTo(new DispatchReport(0, 0, 0));
            mongo.clock.advance(Duration.ofSeconds(1));
        }
        var troubled = instance.stores().operations().outbox().troubled(PageRequest.first(50)).items();
        assertThat(troubled).hasSize(CREDITS + ORDERS).allSatisfy(delivery -> {
            assertThat(delivery.attempts()).isEqualTo(3);
            assertThat(delivery.lastError()).isNotBlank();
        });
        assertThat(balanceOf("user-1")).as("the credits stand while their messages wait").isEqualTo(Money.usd(2 * 10_00));
        telegram.failWith(0);
        mail.up();

        assertThat(dispatcher.dispatchDue()).isEqualTo(new DispatchReport(CREDITS + ORDERS, 0, 0));
        assertThat(dispatcher.dispatchDue()).isEqualTo(new DispatchReport(0, 0, 0));
        assertArrivedOnce();
        assertThat(instance.stores().operations().outbox().troubled(PageRequest.first(50)).items()).isEmpty();
    }

    /** Ten credits over five users (a Telegram log line each) and five direct purchases (an email each). */
    private void queueCreditsAndOrders() {
        var core = instance.core();
        for (int i = 0; i < CREDITS; i++) {
            var user = "user-" + (i % 5);
            core.rememberUser().remember(new UserProfile(UserId.of(user), user + "@plara.dev", user));
            core.confirmCardPayment().confirm(PaidDeposit.untaxed("order-" + i, null, user, user + "@plara.dev",
                    Money.usd(10_00), mongo.clock.instant()));
        }
        for (int i = 0; i < ORDERS; i++) {
            core.fulfilProductOrder().fulfil(new PaidProductOrder("product-order-" + i, null, "user-" + i,
                    "user-" + i + "@plara.dev", "prod_ebook", "The Ebook", Money.usd(19_00), null, mongo.clock.instant()));
        }
    }

    private Money balanceOf(String user) {
        return instance.core().viewWallet().balances(UserId.of(user)).get(0).balance();
    }

    private void assertArrivedOnce() throws MessagingException {
        var lines = telegram.messages.stream().map(message -> message.get("text").asText()).toList();
        assertThat(lines).hasSize(CREDITS).doesNotHaveDuplicates()
                .allSatisfy(line -> assertThat(line).startsWith("CARD_DEPOSIT: +10.00 USD"));
        var mails = mail.received();
        assertThat(mails).hasSize(ORDERS);
        assertThat(mails.stream().map(OutboxDeliveryTest::messageId).toList()).doesNotHaveDuplicates();
        for (MimeMessage received : mails) {
            assertThat(received.getSubject()).isEqualTo("Your order: The Ebook");
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
