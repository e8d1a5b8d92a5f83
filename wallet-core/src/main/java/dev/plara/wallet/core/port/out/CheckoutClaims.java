package dev.plara.wallet.core.port.out;

import dev.plara.wallet.core.domain.payment.CheckoutClaim;

import java.time.Instant;
import java.util.Optional;

/**
 * One open checkout per buyer and product, decided by the store: of any number of racing claims for a key, one wins.
 *
 * <p>Contract: {@link #claim} takes the key for {@code holder} until {@code expiresAt} when no claim holds it or the one
 * that does expired before {@code now}, atomically, and then answers empty; otherwise it changes nothing and answers the
 * claim that holds the key; when the key's claim vanished meanwhile (released by its holder) it tries again, so it never
 * answers empty for a claim it did not take. {@link #attach} records the opened checkout on the claim {@code holder}
 * holds (lapsed or not, as long as no other took the key over) and keeps the claim until {@code expiresAt}, the
 * checkout's own expiry, and answers {@code true}; when another holds the key, or none does, it changes nothing and
 * answers {@code false}. {@link #release} drops the claim {@code holder} holds, so that another may be made at once.
 */
public interface CheckoutClaims {

    Optional<CheckoutClaim> claim(String key, String holder, Instant now, Instant expiresAt);

    boolean attach(String key, String holder, String checkoutId, String url, Instant expiresAt);

    void release(String key, String holder);
}
