package dev.plara.mongo;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.PaidDeposit;
import dev.plara.wallet.core.domain.payment.PaymentEvent;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.webhook.InboxStatus;
import dev.plara.wallet.core.domain.webhook.WebhookRequest;
import dev.plara.wallet.core.embedding.WalletCore;
import dev.plara.wallet.core.fixtures.FakePaymentProvider;
import dev.plara.wallet.core.port.in.ReceiveWebhookUseCase.WebhookResult;
import dev.plara.mongo.schema.MongoSchema;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

import static dev.plara.mongo.CoreOnMongo.T0;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A verified delivery's inbox document is written once, after applying, through the real driver: a card credit sends
 * one command to {@code webhook_inbox} ({@code w:1}), a deferred delivery one at the store's write concern, and a
 * redelivery of a finished one reads it after its refused insert and changes nothing.
 */
class InboxWritesPerDeliveryTest {

    private static final UserId ANN = UserId.of("ann");

    @TempDir
    Path dir;

    private final FakePaymentProvider provider = new FakePaymentProvider();
    private final List<String> inboxCommands = new CopyOnWriteArrayList<>();
    /** Runs once, just after the next read of an inbox document: what another server did in between. */
    private volatile Runnable afterInboxRead;
    private volatile int inboxReadId = -1;

    @Test
    void aVerifiedCardCreditWritesItsInboxDocumentOnce() {
        withCore((stores, core) -> {
            var result = core.receiveWebhook().receive(paid("msg-1", "o-1"));

            assertThat(result).isInstanceOf(WebhookResult.Applied.class);
            assertThat(inboxCommands).containsExactly("update w:1");
            assertThat(stores.operations().webhookInbox().find("msg-1").orElseThrow().status())
                    .isEqualTo(InboxStatus.APPLIED);
        });
    }

    @Test
    void aRedeliveryOfAFinishedDeliveryChangesNothingAndIsADuplicateOfItsOutcome() {
        withCore((stores, core) -> {
            var first = core.receiveWebhook().receive(paid("msg-1", "o-1"));
            inboxCommands.clear();

            var again = core.receiveWebhook().receive(paid("msg-1", "o-1"));

            assertThat(again).isInstanceOf(WebhookResult.Duplicate.class);
            assertThat(again.summary()).isEqualTo("order.paid msg-1: duplicate of "
                    + first.summary().substring("order.paid msg-1: ".length()));
            assertThat(inboxCommands).containsExactly("update w:1", "find");
            assertThat(stores.ledger().balances(ANN)).singleElement()
                    .satisfies(balance -> assertThat(balance.balance()).isEqualTo(Money.usd(15_00)));
        });
    }

    @Test
    void aDeferredDeliveryIsWrittenOnceAtTheStoresWriteConcernForOnlyTheInboxRemembersIt() {
        withCore((stores, core) -> {
            var result = core.receiveWebhook().receive(provider.delivery("msg-2",
                    new PaymentEvent.Malformed("data.net_amount is missing")));

            assertThat(result).isInstanceOf(WebhookResult.Deferred.class);
            assertThat(inboxCommands).containsExactly("update");
            assertThat(stores.operations().webhookInbox().due(T0.plusSeconds(10), 10)).singleElement()
                    .satisfies(pending -> assertThat(pending.attempts()).isEqualTo(1));
        });
    }

    @Test
    void aRedeliveryFindingAPendingDocumentFinishesItOnlyWhileItIsPending() {
        withCore((stores, core) -> {
            var malformed = provider.delivery("msg-2", new PaymentEvent.Malformed("data.net_amount is missing"));
            core.receiveWebhook().receive(malformed);
            afterInboxRead = () -> stores.operations().webhookInbox().markDone("msg-2", InboxStatus.APPLIED,
                    "applied by the replayer");

            var again = core.receiveWebhook().receive(malformed);

            assertThat(again).isInstanceOf(WebhookResult.Duplicate.class);
            assertThat(stores.operations().webhookInbox().find("msg-2").orElseThrow()).satisfies(done -> {
                assertThat(done.status()).isEqualTo(InboxStatus.APPLIED);
                assertThat(done.outcome()).isEqualTo("applied by the replayer");
            });
        });
    }

    private WebhookRequest paid(String deliveryId, String orderId) {
        return provider.delivery(deliveryId, new PaymentEvent.DepositPaid(PaidDeposit.untaxed(orderId, null,
                ANN.value(), "ann@example.org", Money.usd(15_00), T0)));
    }

    private void withCore(BiConsumer<MongoPlaraStores, WalletCore> test) {
        RecordedStores.withStores(dir, recorder(), stores -> {
            inboxCommands.clear();
            test.accept(stores, CoreOnMongo.at(stores, T0, provider));
        });
    }

    private CommandListener recorder() {
        return new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                var target = event.getCommand().get(event.getCommandName());
                if (target != null && target.isString()
                        && MongoSchema.WEBHOOK_INBOX.equals(target.asString().getValue())) {
                    var concern = event.getCommand().getDocument("writeConcern", new BsonDocument());
                    inboxCommands.add(event.getCommandName() + (concern.containsKey("w") ? " w:"
                            + concern.get("w").asInt32().getValue() : ""));
                    inboxReadId = "find".equals(event.getCommandName()) ? event.getRequestId() : inboxReadId;
                }
            }

            @Override
            public void commandSucceeded(CommandSucceededEvent event) {
                var between = afterInboxRead;
                if (between != null && event.getRequestId() == inboxReadId) {
                    afterInboxRead = null;
                    between.run();
                }
            }
        };
    }
}
