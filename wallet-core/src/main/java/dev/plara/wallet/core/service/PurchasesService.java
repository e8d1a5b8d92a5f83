package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.access.SubscriptionAccessPolicy;
import dev.plara.wallet.core.domain.payment.ProductOrder;
import dev.plara.wallet.core.domain.payment.ProviderSubscription;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.in.ViewPurchasesUseCase;
import dev.plara.wallet.core.port.out.ProductOrderStore;
import dev.plara.wallet.core.port.out.ProviderSubscriptions;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A user's purchases: the orders kept here, and the subscriptions as the provider holds them now (a guest, unknown to
 * the provider by id, sees orders only), each with the access its state gives by the same policy as the webhooks:
 * none for a period whose order was refunded in full, though the provider still renews it.
 */
public final class PurchasesService implements ViewPurchasesUseCase {

    private final ProductOrderStore orders;
    private final ProviderSubscriptions provider;
    private final SubscriptionAccessPolicy policy;

    public PurchasesService(ProductOrderStore orders, ProviderSubscriptions provider, SubscriptionAccessPolicy policy) {
        this.orders = orders;
        this.provider = provider;
        this.policy = policy;
    }

    @Override
    public Purchases purchases(UserId user) {
        var bought = orders.ownedBy(user).stream().sorted(Comparator.comparing(ProductOrder::paidAt).reversed())
                .toList();
        var subscriptions = user.value().startsWith("guest:") ? List.<SubscriptionPurchase>of()
                : provider.subscriptionsOf(user).stream().map(subscription -> purchase(subscription, bought)).toList();
        return new Purchases(bought, subscriptions);
    }

    private SubscriptionPurchase purchase(ProviderSubscription subscription, List<ProductOrder> bought) {
        var state = subscription.state();
        var refunded = ProductOrder.refundedPeriodEnd(bought, state.subscriptionId());
        return new SubscriptionPurchase(subscription, policy.accessOf(state, null, refunded),
                policy.accessOf(state).grants());
    }

    @Override
    public Optional<String> managePortal(UserId user, String returnUrl) {
        return provider.portalUrl(user, returnUrl);
    }
}
