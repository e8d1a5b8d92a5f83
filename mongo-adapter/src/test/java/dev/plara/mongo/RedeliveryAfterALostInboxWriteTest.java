package dev.plara.mongo;

import dev.plara.mongo.collection.WriteObserver;
import dev.plara.mongo.schema.MongoSchema;
import dev.plara.wallet.core.domain.access.ItemKind;
import dev.plara.wallet.core.domain.access.SubscriptionStatus;
import dev.plara.wallet.core.domain.access.Unlocks;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.CompletedRefund;
import dev.plara.wallet.core.domain.payment.PaidDeposit;
import dev.plara.wallet.core.domain.payment.PaidProductOrder;
import dev.plara.wallet.core.domain.payment.PaymentEvent;
import dev.plara.wallet.core.domain.payment.SubscriptionChange;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.user.UserProfile;
import dev.plara.wallet.core.fixtures.FakePaymentProvider;
import dev.plara.wallet.core.port.in.ReceiveWebhookUseCase.WebhookResult;
import dev.plara.wallet.core.port.out.WebhookInbox;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static dev.plara.mongo.CoreOnMongo.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every kind of event Plara handles, applied and then applied again because its inbox write failed (an outage or a
 * crash before the 2xx, so Polar redelivers it): the stores end as after one delivery, the inbox document aside (its
 * outcome says the second run found the work done).
 */
class RedeliveryAfterALostInboxWriteTest {

    private static final UserId ANN = UserId.of("ann");

    private final InProcessMongo mongo = InProcessMongo.shared();
    private final FakePaymentProvider provider = new FakePaymentProvider();

    static List<PaymentEvent> events() {
        return List.of(
                new PaymentEvent.DepositPaid(PaidDeposit.untaxed("o-1", null, ANN.value(), "ann@example.org",
                        Money.usd(20_00), T0)),
                new PaymentEvent.DepositPaid(PaidDeposit.untaxed("o-2", null, "stranger", "who@example.org",
                        Money.usd(15_00), T0)),
                new PaymentEvent.ProductPaid(new PaidProductOrder("po-1", null, ANN.value(), "ann@example.org",
                        "prod-ebook", "The e-book", Money.usd(9_00), null, T0)),
                new PaymentEvent.SubscriptionChanged(new SubscriptionChange("sub_1", ANN.value(), "ann@example.org",
                        "prod_monthly", "Monthly Plan", Unlocks.kinds(ItemKind.VIDEO), SubscriptionStatus.ACTIVE,
                        T0.plus(Duration.ofDays(30)), false, null, null, null, T0)),
                new PaymentEvent.RefundCompleted(CompletedRefund.untaxed("r-1", "o-0", Money.usd(5_00), T0)),
                new PaymentEvent.RefundCompleted(CompletedRefund.untaxed("r-2", "o-unseen", Money.usd(5_00), T0)),
                new PaymentEvent.Ignored("order.created"));
    }

    @ParameterizedTest
    @MethodSource("events")
    void aRedeliveryAfterTheInboxWriteFailedLeavesTheStoresAsOneDeliveryDid(PaymentEvent event) {
        var once = database();
        var onceResult = CoreOnMongo.at(once.stores(), T0, provider).receiveWebhook()
                .receive(provider.delivery("msg-1", event));
        var twice = database();
        var lostInbox = CoreOnMongo.at(MongoWalletStores.of(twice.stores()).withInbox(failingOnce(
                twice.stores().operations().webhookInbox())), T0, provider);
        assertThatThrownBy(() -> lostInbox.receiveWebhook().receive(provider.delivery("msg-1", event)))
                .hasMessageContaining("the inbox could not be written");

        var redelivered = CoreOnMongo.at(twice.stores(), T0, provider).receiveWebhook()
                .receive(provider.delivery("msg-1", event));

        assertThat(redelivered).isNotInstanceOf(WebhookResult.Duplicate.class).hasSameClassAs(onceResult);
        assertThat(withoutInbox(twice.snapshot())).isEqualTo(withoutInbox(once.snapshot()));
        assertThat(twice.stores().operations().webhookInbox().find("msg-1").orElseThrow().status())
                .isEqualTo(once.stores().operations().webhookInbox().find("msg-1").orElseThrow().status());
        assertThat(CoreOnMongo.auditDiscrepancies(twice.stores())).isEmpty();
    }

    private Database database() {
        var name = InProcessMongo.newDatabaseName();
        var stores = mongo.stores(name, WriteObserver.NONE);
        stores.users().remember(new UserProfile(ANN, "ann@example.org", "Ann"));
        CoreOnMongo.on(stores).confirmCardPayment().confirm(PaidDeposit.untaxed("o-0", null, ANN.value(),
                "ann@example.org", Money.usd(25_00), T0));
        return new Database(stores, name);
    }

    private record Database(MongoPlaraStores stores, String name) {
        Map<String, List<String>> snapshot() {
            return StoreSnapshot.of(InProcessMongo.shared().client().getDatabase(name));
        }
    }

    private static Map<String, List<String>> withoutInbox(Map<String, List<String>> snapshot) {
        snapshot.remove(MongoSchema.WEBHOOK_INBOX);
        return snapshot;
    }

    /** The inbox whose first {@code record} fails after nothing was written, as a store that did not answer. */
    private static WebhookInbox failingOnce(WebhookInbox inbox) {
        var failed = new AtomicBoolean();
        return (WebhookInbox) Proxy.newProxyInstance(WebhookInbox.class.getClassLoader(),
                new Class<?>[] {WebhookInbox.class}, (proxy, method, args) -> {
                    if (method.getName().equals("record") && !failed.getAndSet(true)) {
                        throw new IllegalStateException("the inbox could not be written (test)");
                    }
                    try {
                        return method.invoke(inbox, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
