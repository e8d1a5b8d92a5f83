package dev.plara.mongo.payment;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import dev.plara.mongo.collection.DocumentValues;
import dev.plara.mongo.collection.StoreCollection;
import dev.plara.wallet.core.domain.payment.CheckoutClaim;
import dev.plara.wallet.core.port.out.CheckoutClaims;
import org.bson.Document;

import java.time.Instant;
import java.util.Optional;

/**
 * Checkout claims in {@code checkout_claims}, one document per key ({@code _id}): a claim is an insert (the
 * {@code _id} decides a race), or the replacement of a claim that expired before now (the filter on
 * {@code expiresAt} decides that race); a claim given up between the refused insert and its read back is tried again
 * (a few times), never taken for the caller's own.
 */
public final class MongoCheckoutClaims implements CheckoutClaims {

    /** How often a claim that vanished between the refused insert and its read is tried again. */
    private static final int ATTEMPTS = 5;

    private final StoreCollection claims;

    public MongoCheckoutClaims(StoreCollection claims) {
        this.claims = claims;
    }

    @Override
    public Optional<CheckoutClaim> claim(String key, String holder, Instant now, Instant expiresAt) {
        var claim = new Document("_id", key).append("holder", holder).append("expiresAt", DocumentValues.date(expiresAt));
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (claims.tryInsert(claim)) {
                return Optional.empty();
            }
            var expired = DocumentValues.allOf(Filters.eq("_id", key), Filters.lt("expiresAt", DocumentValues.date(now)));
            if (claims.replace(expired, claim, new ReplaceOptions()).getModifiedCount() == 1) {
                return Optional.empty();
            }
            var current = claims.byId(key);
            if (current != null) {
                return Optional.of(fromDocument(current));
            }
        }
        throw new IllegalStateException("the checkout claim " + key + " was taken and given up " + ATTEMPTS
                + " times while being read; try again");
    }

    @Override
    public boolean attach(String key, String holder, String checkoutId, String url, Instant expiresAt) {
        return claims.update(DocumentValues.allOf(Filters.eq("_id", key), Filters.eq("holder", holder)),
                Updates.combine(Updates.set("checkoutId", checkoutId), Updates.set("url", url),
                        Updates.set("expiresAt", DocumentValues.date(expiresAt)))).getMatchedCount() == 1;
    }

    @Override
    public void release(String key, String holder) {
        claims.delete(DocumentValues.allOf(Filters.eq("_id", key), Filters.eq("holder", holder)));
    }

    private static CheckoutClaim fromDocument(Document d) {
        return new CheckoutClaim(d.getString("_id"), d.getString("holder"), DocumentValues.instant(d.getDate("expiresAt")),
                d.getString("checkoutId"), d.getString("url"));
    }
}
