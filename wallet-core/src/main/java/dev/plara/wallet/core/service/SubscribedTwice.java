package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.payment.SubscriptionChange;
import dev.plara.wallet.core.domain.reconciliation.Finding;
import dev.plara.wallet.core.domain.reconciliation.FindingKind;
import dev.plara.wallet.core.domain.user.UserId;

import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A user's subscriptions to one product that the provider still charges, when there are two or more (Polar allows
 * it, for a checkout made outside Plara's one at a time): the user pays each period twice for the same access, which
 * only the operator can end at the provider. One canceled at the end of its period is charged no more, so a user who
 * subscribed again after canceling pays once. One finding per such product, on every run while it lasts.
 */
final class SubscribedTwice {

    private SubscribedTwice() {
    }

    static List<Finding> among(UserId user, List<SubscriptionChange> subscriptions) {
        return subscriptions.stream().filter(state -> state.status().charged()
                        && state.endedAt() == null && !state.ending())
                .collect(Collectors.groupingBy(SubscriptionChange::productId, TreeMap::new, Collectors.toList()))
                .values().stream().filter(same -> same.size() > 1).map(same -> finding(user, same)).toList();
    }

    private static Finding finding(UserId user, List<SubscriptionChange> same) {
        var ids = same.stream().map(state -> state.subscriptionId() + " (" + state.status().wireName() + ")")
                .sorted().collect(Collectors.joining(", "));
        return Finding.aboutNoOrder(FindingKind.SUBSCRIBED_TWICE, user + " holds " + same.size()
                + " subscriptions to " + same.get(0).product() + " that the provider charges every period for the"
                + " same access: " + ids + ". Cancel the ones not wanted at the provider (and refund what they"
                + " charged, if the customer did not mean to pay twice).");
    }
}
