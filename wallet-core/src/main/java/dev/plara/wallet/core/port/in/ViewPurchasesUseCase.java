package dev.plara.wallet.core.port.in;

import dev.plara.wallet.core.domain.access.SubscriptionAccess;
import dev.plara.wallet.core.domain.payment.ProductOrder;
import dev.plara.wallet.core.domain.payment.ProviderSubscription;
import dev.plara.wallet.core.domain.user.UserId;

import java.util.List;
import java.util.Optional;

/** A user looks at what they bought (orders and subscriptions) and opens the provider's portal to manage it. */
public interface ViewPurchasesUseCase {

    Purchases purchases(UserId user);

    /** The provider's customer portal for the user, back to {@code returnUrl}; empty when the provider has no customer. */
    Optional<String> managePortal(UserId user, String returnUrl);

    /** The user's paid orders, newest first, and subscriptions, each with the access its state gives. */
    record Purchases(List<ProductOrder> orders, List<SubscriptionPurchase> subscriptions) {
        public Purchases {
            orders = List.copyOf(orders);
            subscriptions = List.copyOf(subscriptions);
        }
    }

    /**
     * A subscription and the access its state gives, none for a period whose order was refunded in full;
     * {@code activeAtProvider}: whether its state alone gives access, so that the provider charges it again at the end
     * of its period unless it is canceled (it does for a period refunded here too).
     */
    record SubscriptionPurchase(ProviderSubscription subscription, SubscriptionAccess access,
                                boolean activeAtProvider) {
    }
}
