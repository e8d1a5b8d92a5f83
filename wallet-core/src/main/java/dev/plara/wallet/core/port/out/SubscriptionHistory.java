package dev.plara.wallet.core.port.out;

import dev.plara.wallet.core.domain.payment.SubscriptionChange;
import dev.plara.wallet.core.domain.user.UserId;

import java.util.List;

/**
 * The payment provider's current record of subscriptions, read back for reconciliation.
 *
 * <p>Contract: {@link #subscriptionsOf} answers every subscription the provider holds for the user (the customer with
 * the user's id), each as its latest snapshot; none for a user the provider does not know. A provider that cannot be
 * reached throws {@link PaymentProviderException}.
 */
public interface SubscriptionHistory {

    List<SubscriptionChange> subscriptionsOf(UserId user);
}
