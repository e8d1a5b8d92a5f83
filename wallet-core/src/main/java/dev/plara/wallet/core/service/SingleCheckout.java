package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.payment.CheckoutClaim;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.in.CheckoutResult;
import dev.plara.wallet.core.port.out.CheckoutClaims;
import dev.plara.wallet.core.port.out.CheckoutGateway;
import dev.plara.wallet.core.port.out.CheckoutStore;
import dev.plara.wallet.core.port.out.IdGenerator;
import dev.plara.wallet.core.port.out.PaymentProviderException;
import dev.plara.wallet.core.port.out.ProviderCheckoutStatus;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One checkout at a time per buyer and product, decided by the store's claim on {@code <buyer>:<product>}: a second
 * request gets the first's checkout back for as long as the provider keeps it payable (its {@code expires_at}), so
 * two tabs, a double click or a Buy a day later never lead to two payments for one thing. A checkout the provider
 * reports expired or failed, or one whose paid order Plara saw (and no longer covers the buyer), gives way to a new
 * one. A request made while the first is still being opened is asked to try again; a claim whose opener died before
 * recording its checkout lapses after {@link #UNATTACHED}, and an opener slower than that hands out its checkout only
 * if no other Buy took the claim over meanwhile.
 */
public final class SingleCheckout {

    /** How long a claim whose checkout is still being opened holds the product before another may open one. */
    static final Duration UNATTACHED = Duration.ofSeconds(30);

    private final CheckoutClaims claims;
    private final CheckoutStore checkouts;
    private final CheckoutGateway gateway;
    private final IdGenerator ids;
    private final Clock clock;

    public SingleCheckout(CheckoutClaims claims, CheckoutStore checkouts, CheckoutGateway gateway, IdGenerator ids,
                          Clock clock) {
        this.claims = claims;
        this.checkouts = checkouts;
        this.gateway = gateway;
        this.ids = ids;
        this.clock = clock;
    }

    /** Opens a checkout for {@code buyer} and {@code productId} through {@code opening}, unless one is open already. */
    CheckoutResult open(UserId buyer, String productId, Supplier<CheckoutResult> opening) {
        var key = buyer.value() + ":" + productId;
        var holder = ids.newId();
        var now = clock.instant();
        var other = claims.claim(key, holder, now, now.plus(UNATTACHED));
        if (other.isPresent()) {
            var reused = stillPayable(other.get());
            if (reused.isPresent()) {
                return reused.get();
            }
            claims.release(key, other.get().holder());
            other = claims.claim(key, holder, now, now.plus(UNATTACHED));
            if (other.isPresent()) {
                return beingOpened();
            }
        }
        return openClaimed(key, holder, opening);
    }

    private CheckoutResult openClaimed(String key, String holder, Supplier<CheckoutResult> opening) {
        CheckoutResult result;
        try {
            result = opening.get();
        } catch (RuntimeException e) {
            claims.release(key, holder);
            throw e;
        }
        if (result instanceof CheckoutResult.Opened opened) {
            return attached(key, holder, opened);
        }
        claims.release(key, holder);
        return result;
    }

    /**
     * Records {@code opened} on the claim and hands it to the buyer, only if the claim is still this opener's: one that
     * lapsed while opening took longer than {@link #UNATTACHED} and was taken over by another Buy gives the buyer that
     * Buy's checkout (or "try again" while it is being opened), never a second payable one. A key left free meanwhile
     * is claimed again.
     */
    private CheckoutResult attached(String key, String holder, CheckoutResult.Opened opened) {
        while (!claims.attach(key, holder, opened.checkout().checkoutId(), opened.url(), opened.expiresAt())) {
            var now = clock.instant();
            var other = claims.claim(key, holder, now, now.plus(UNATTACHED));
            if (other.isPresent()) {
                return stillPayable(other.get()).orElseGet(SingleCheckout::beingOpened);
            }
        }
        return opened;
    }

    /**
     * The claimed checkout, when the buyer can still pay it: {@code empty} once the provider reports it expired or
     * failed (or does not know it), or once its order was paid and seen; while the provider cannot be asked, the
     * checkout is handed back (its claim still runs, so it is not past its expiry); a claim still being opened answers
     * "try again".
     */
    private Optional<CheckoutResult> stillPayable(CheckoutClaim claim) {
        if (!claim.opened()) {
            return Optional.of(beingOpened());
        }
        var record = checkouts.find(claim.checkoutId());
        if (record.isEmpty() || record.get().orderId() != null) {
            return Optional.empty();
        }
        boolean over;
        try {
            var status = gateway.status(claim.checkoutId());
            over = status.isEmpty() || status.get() == ProviderCheckoutStatus.EXPIRED
                    || status.get() == ProviderCheckoutStatus.FAILED;
        } catch (PaymentProviderException unreachable) {
            over = false;
        }
        return over ? Optional.empty()
                : Optional.of(new CheckoutResult.Opened(record.get(), claim.url(), claim.expiresAt()));
    }

    private static CheckoutResult beingOpened() {
        return new CheckoutResult.ProviderRefused("a checkout for this product is being opened for you right now;"
                + " try again in a moment");
    }
}
