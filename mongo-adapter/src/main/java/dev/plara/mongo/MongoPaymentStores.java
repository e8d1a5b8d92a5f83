package dev.plara.mongo;

import dev.plara.mongo.collection.StoreCollections;
import dev.plara.mongo.ledger.MongoRefundTallies;
import dev.plara.mongo.payment.MongoCheckoutClaims;
import dev.plara.mongo.payment.MongoCheckoutStore;
import dev.plara.mongo.payment.MongoProductOrderStore;
import dev.plara.mongo.payment.MongoUnmatchedPaymentStore;
import dev.plara.mongo.schema.MongoSchema;

/**
 * The stores of payments on one MongoDB database: checkouts and their claims, the orders of products, payments and
 * refunds that matched nothing yet, and the refund tally of each deposit order.
 */
public final class MongoPaymentStores {

    private final StoreCollections collections;

    MongoPaymentStores(StoreCollections collections) {
        this.collections = collections;
    }

    /** The refund tally of each deposit order, where its refunds are measured one after the other. */
    public MongoRefundTallies refundTallies() {
        return new MongoRefundTallies(collections.named(MongoSchema.REFUND_TALLIES));
    }

    public MongoCheckoutStore checkouts() {
        return new MongoCheckoutStore(collections.named(MongoSchema.CHECKOUTS));
    }

    public MongoCheckoutClaims checkoutClaims() {
        return new MongoCheckoutClaims(collections.named(MongoSchema.CHECKOUT_CLAIMS));
    }

    public MongoUnmatchedPaymentStore unmatchedPayments() {
        return new MongoUnmatchedPaymentStore(collections.named(MongoSchema.UNMATCHED_PAYMENTS),
                collections.named(MongoSchema.UNMATCHED_REFUNDS));
    }

    public MongoProductOrderStore productOrders() {
        return new MongoProductOrderStore(collections.named(MongoSchema.PRODUCT_ORDERS));
    }
}
