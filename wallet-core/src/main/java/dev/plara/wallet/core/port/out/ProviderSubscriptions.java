package dev.plara.wallet.core.port.out;

import dev.plara.wallet.core.domain.payment.ProviderSubscription;
import dev.plara.wallet.core.domain.user.UserId;

import java.util.List;
import java.util.Optional;

/**
 * The payment provider's subscriptions: read back (for reconciliation and the user's purchases), and the provider's
 * customer portal, where a subscriber cancels, takes a cancellation back or changes plan.
 *
 * <p>Contract: {@link #subscriptionsOf} answers every subscription the provider holds for the user (the customer with
 * the user's id), each with its latest state; none for a user the provider does not know. {@link #portalUrl} opens a
 * short-lived session of the portal for that customer, its back link {@code returnUrl}; empty when the provider knows
 * no such customer. A provider that cannot be reached throws {@link PaymentProviderException}.
 */
public interface ProviderSubscriptions {

    List<ProviderSubscription> subscriptionsOf(UserId user);

    Optional<String> portalUrl(UserId user, String returnUrl);
}
