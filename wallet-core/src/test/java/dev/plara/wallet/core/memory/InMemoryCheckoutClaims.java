package dev.plara.wallet.core.memory;

import dev.plara.wallet.core.domain.payment.CheckoutClaim;
import dev.plara.wallet.core.port.out.CheckoutClaims;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Checkout claims in memory. */
public final class InMemoryCheckoutClaims implements CheckoutClaims {

    private final Map<String, CheckoutClaim> claims = new HashMap<>();

    @Override
    public synchronized Optional<CheckoutClaim> claim(String key, String holder, Instant now, Instant expiresAt) {
        var current = claims.get(key);
        if (current != null && !current.expiresAt().isBefore(now)) {
            return Optional.of(current);
        }
        claims.put(key, new CheckoutClaim(key, holder, expiresAt, null, null));
        return Optional.empty();
    }

    @Override
    public synchronized boolean attach(String key, String holder, String checkoutId, String url, Instant expiresAt) {
        var current = claims.get(key);
        if (current == null || !current.holder().equals(holder)) {
            return false;
        }
        claims.put(key, new CheckoutClaim(key, holder, expiresAt, checkoutId, url));
        return true;
    }

    @Override
    public synchronized void release(String key, String holder) {
        claims.computeIfPresent(key, (k, claim) -> claim.holder().equals(holder) ? null : claim);
    }
}
