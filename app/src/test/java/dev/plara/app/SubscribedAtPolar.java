package dev.plara.app;

import dev.plara.polar.client.CheckoutCreate;
import dev.plara.polar.client.PolarClient;
import dev.plara.polar.client.PolarClientConfig;
import dev.plara.polar.client.SubscriptionQuery;
import dev.plara.polar.emulator.DeliveryAttempt;
import dev.plara.polar.emulator.SubscriptionControls;
import dev.plara.polar.emulator.WebhookFaults;
import dev.plara.polar.model.Metadata;
import dev.plara.polar.model.PolarSubscription;
import dev.plara.wallet.core.domain.access.CatalogItem;
import dev.plara.wallet.core.domain.access.Grant;
import dev.plara.wallet.core.domain.access.GrantSource;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.access.ItemKind;
import dev.plara.wallet.core.domain.access.UserGrants;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.user.UserId;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * The real server against the emulator, where a user subscribed to a plan through Polar's hosted checkout: what the
 * lifecycle tests start from, with the emulator's view of the subscription and the server's grant for it.
 */
final class SubscribedAtPolar implements AutoCloseable {

    static final CatalogItem VIDEO = new CatalogItem(ItemId.of("video-any"), ItemKind.VIDEO, "A video", "-",
            Money.usd(1_00), null, "/media/video-any");
    static final CatalogItem PHOTO = new CatalogItem(ItemId.of("photo-any"), ItemKind.PHOTO, "A photo", "-",
            Money.usd(1_00), null, "/media/photo-any");

    final InProcessPlara plara;
    final PolarClient polar;
    final SubscriptionControls controls;
    final String subscriptionId;
    private final String user;

    SubscribedAtPolar(InProcessPlara plara, String user, String plan) {
        this.plara = plara;
        this.user = user;
        this.polar = new PolarClient(PolarClientConfig.of(plara.emulator.baseUrl(), plara.emulator.accessToken()));
        this.controls = plara.emulator.controls().subscriptions();
        plara.registerWebhookEndpoint();
        var checkout = polar.createCheckout(new CheckoutCreate(List.of(plara.shop.productNamed(plan)), null, null,
                user + "@plara.dev", user, Map.of(Metadata.USER_ID, user, Metadata.PURPOSE, "product_purchase"), null,
                null, null));
        plara.shop.payOnHostedPage(checkout.url());
        this.subscriptionId = polar.subscriptions().list(SubscriptionQuery.all().withExternalCustomerId(user)).get(0)
                .id();
        await("the subscription's grant").atMost(Duration.ofSeconds(20)).until(() -> grant() != null);
    }

    /**
     * Alice subscribed to the Monthly Plan on a server in {@code workingDirectory}, after which the emulator delivers
     * every webhook twice and out of order, as the lifecycle tests want it.
     */
    static SubscribedAtPolar aliceWithDisorderlyWebhooks(Path workingDirectory) {
        var alice = new SubscribedAtPolar(InProcessPlara.start(workingDirectory), "alice", "Monthly Plan");
        alice.plara.emulator.controls().setWebhookFaults(WebhookFaults.none().withDeliverTwice(true)
                .withOutOfOrder(true));
        return alice;
    }

    /** The subscription as Polar holds it now. */
    PolarSubscription atPolar() {
        return polar.subscriptions().get(subscriptionId);
    }

    /** The server's grant for the subscription, or {@code null}. */
    Grant grant() {
        return plara.grants().bySource(GrantSource.polarSubscription(subscriptionId)).orElse(null);
    }

    /** Whether the server's grants open {@code item} at Polar's now. */
    boolean opens(CatalogItem item) {
        return new UserGrants(plara.grants().of(UserId.of(user))).accessTo(item, plara.emulator.controls().now())
                .isOpen();
    }

    List<DeliveryAttempt> deliveries() {
        return plara.emulator.controls().deliveries();
    }

    /** Waits until every attempt so far was answered, then sends each event of {@code attempts} again, newest first. */
    void redeliverNewestFirst(List<DeliveryAttempt> attempts) {
        var ids = attempts.stream().map(DeliveryAttempt::webhookId).distinct().toList();
        int before = deliveries().size();
        for (int i = ids.size() - 1; i >= 0; i--) {
            plara.emulator.controls().redeliver(ids.get(i));
        }
        await("redeliveries answered").atMost(Duration.ofSeconds(20))
                .until(() -> deliveries().size() >= before + ids.size());
    }

    @Override
    public void close() {
        plara.close();
    }
}
