package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.access.Grant;
import dev.plara.wallet.core.domain.access.GrantSource;
import dev.plara.wallet.core.domain.access.GrantStatus;
import dev.plara.wallet.core.domain.payment.ProviderSubscription;
import dev.plara.wallet.core.domain.payment.SubscriptionChange;
import dev.plara.wallet.core.domain.reconciliation.Finding;
import dev.plara.wallet.core.domain.reconciliation.FindingKind;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.in.ChangeSubscriptionUseCase;
import dev.plara.wallet.core.port.out.GrantStore;
import dev.plara.wallet.core.port.out.ProviderSubscriptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reconciliation's access step: reads back from the provider the subscriptions of every user who holds a subscription
 * grant, applies each as a webhook would (so only a state newer than the grant's changes it) and reports each grant it
 * corrected, from what to what, and each product a user is charged for twice ({@link SubscribedTwice}). Guests (no user id at the provider) are left to their webhooks.
 */
public final class SubscriptionReconciliation {

    private final GrantStore grants;
    private final ProviderSubscriptions provider;
    private final ChangeSubscriptionUseCase subscriptions;

    public SubscriptionReconciliation(GrantStore grants, ProviderSubscriptions provider,
                                      ChangeSubscriptionUseCase subscriptions) {
        this.grants = grants;
        this.provider = provider;
        this.subscriptions = subscriptions;
    }

    /**
     * The grants corrected, one finding each; none when every grant already follows the provider. A user whose
     * subscriptions cannot be read or applied is a finding of its own, tried again next run; the others go on.
     */
    public List<Finding> reconcile() {
        var findings = new ArrayList<Finding>();
        var users = grants.ofKind(GrantSource.Kind.POLAR_SUBSCRIPTION).stream().map(Grant::user)
                .filter(user -> !user.value().startsWith("guest:")).distinct().toList();
        for (UserId user : users) {
            try {
                correct(user, findings);
            } catch (RuntimeException failure) {
                findings.add(Finding.aboutNoOrder(FindingKind.ITEM_FAILED, "the subscriptions of " + user
                        + " could not be read back from the provider or applied: " + OperatorText.reasonOf(failure)
                        + ". They are read again on the next run."));
            }
        }
        return findings;
    }

    private void correct(UserId user, List<Finding> findings) {
        var states = provider.subscriptionsOf(user).stream().map(ProviderSubscription::state).toList();
        findings.addAll(SubscribedTwice.among(user, states));
        for (SubscriptionChange state : states) {
            var before = grants.bySource(GrantSource.polarSubscription(state.subscriptionId()));
            subscriptions.apply(state).match(changed -> findings.add(finding(state, before, changed.grant())),
                    stale -> false);
        }
    }

    private static Finding finding(SubscriptionChange state, Optional<Grant> before, Grant after) {
        return Finding.aboutNoOrder(FindingKind.ACCESS_CORRECTED, "subscription "
                + state.subscriptionId() + " of " + after.user() + " (" + state.product() + ") is "
                + state.status().wireName() + " at the provider: access was " + before.map(
                SubscriptionReconciliation::describe).orElse("not granted") + ", now " + describe(after));
    }

    private static String describe(Grant grant) {
        if (grant.status() == GrantStatus.REVOKED) {
            return "ended";
        }
        return grant.title() + " (" + grant.unlocks() + ") until " + grant.validUntil();
    }
}
