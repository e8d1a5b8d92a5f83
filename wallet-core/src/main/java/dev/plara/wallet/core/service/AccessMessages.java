package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.access.SubscriptionAccess;
import dev.plara.wallet.core.domain.payment.SubscriptionChange;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** What a subscriber is told when a subscription's access starts, changes or ends; nothing when it did not change. */
final class AccessMessages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private AccessMessages() {
    }

    /**
     * @param before the access the subscription gave until now, with its product id, or empty for a new subscription
     */
    static Optional<String> subscription(SubscriptionChange change, Optional<Before> before, SubscriptionAccess now) {
        String product = change.product();
        boolean had = before.map(Before::grants).orElse(false);
        if (!now.grants()) {
            return had ? Optional.of("Your access to " + product + " ended: " + now.why() + ".") : Optional.empty();
        }
        String until = " until " + WHEN.format(now.until());
        if (!had) {
            return Optional.of("Your subscription to " + product + " gives you access" + until + " (" + now.why()
                    + ").");
        }
        if (!before.get().soldAs().equals(ItemId.polarProduct(change.productId()))) {
            return Optional.of("Your subscription moved to " + product + ": access" + until + ".");
        }
        if (Objects.equals(before.get().until(), now.until())) {
            return Optional.empty();
        }
        return Optional.of("Your access to " + product + " now lasts" + until + " (" + now.why() + ").");
    }

    /** What a subscription gave before a change: access through a product until a time. */
    record Before(ItemId soldAs, Instant until) {
        boolean grants() {
            return until != null;
        }
    }
}
