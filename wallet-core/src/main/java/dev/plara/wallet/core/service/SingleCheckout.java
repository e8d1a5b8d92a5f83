package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.payment.CheckoutClaim;
import dev.plara.wallet.core.domain.payment.CheckoutRecord;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.in.CheckoutResult;
import dev.plara.wallet.core.port.out.CheckoutClaims;
import dev.plara.wallet.core.port.out.CheckoutStore;
import dev.plara.wallet.core.port.out.IdGenerator;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One checkout at a time per buyer and product, decided by the store's claim on {@code <buyer>:<product>}: a second
 * request while the first's checkout is open (for {@link #HELD} after it was opened) gets that same checkout back, so
 * two tabs or a double click never lead to two payments for one thing; one made while the first is still being opened
 * is asked to try again.
 */
public final class SingleCheckout {

    /** How long a buyer's open checkout for a product is handed back instead of opening another. */
    static final Duration HELD = Duration.ofMinutes(30);

    private final CheckoutClaims claims;
    private final CheckoutStore checkouts;
    private final IdGenerator ids;
    private final Clock clock;

    public SingleCheckout(CheckoutClaims claims, CheckoutStore checkouts, IdGenerator ids, Clock clock) {
        this.claims = claims;
        this.checkouts = checkouts;
        this.ids = ids;
        this.clock = clock;
    }

    /** Opens a checkout for {@code buyer} and {@code productId} through {@code opening}, unless one is open already. */
    CheckoutResult open(UserId buyer, String productId, Supplier<CheckoutResult> opening) {
        var key = buyer.value() + ":" + productId;
        var holder = ids.newId();
        var now = clock.instant();
        var other = claims.claim(key, holder, now, now.plus(HELD));
        if (other.isPresent()) {
            return alreadyOpen(other.get());
        }
        var result = opening.get();
        if (result instanceof CheckoutResult.Opened opened) {
            claims.attach(key, holder, opened.checkout().checkoutId(), opened.url());
        } else {
            claims.release(key, holder);
        }
        return result;
    }

    private CheckoutResult alreadyOpen(CheckoutClaim claim) {
        var record = claim.opened() ? checkouts.find(claim.checkoutId()) : Optional.<CheckoutRecord>empty();
        return record.<CheckoutResult>map(found -> new CheckoutResult.Opened(found, claim.url()))
                .orElseGet(() -> new CheckoutResult.ProviderRefused("a checkout for this product is being opened for"
                        + " you right now; try again in a moment"));
    }
}
