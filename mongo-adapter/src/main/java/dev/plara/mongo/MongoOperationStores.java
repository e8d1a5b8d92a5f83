package dev.plara.mongo;

import dev.plara.mongo.collection.StoreCollections;
import dev.plara.mongo.job.MongoJobLeases;
import dev.plara.mongo.message.MongoNotificationStore;
import dev.plara.mongo.message.MongoOutbox;
import dev.plara.mongo.message.MongoWebhookInbox;
import dev.plara.mongo.payment.MongoReconciliationStore;
import dev.plara.mongo.schema.MongoSchema;

/**
 * The stores of Plara's own running on one MongoDB database: messages in and out (notifications, the outbox, the
 * webhook inbox), reconciliation runs and the leases of scheduled jobs.
 */
public final class MongoOperationStores {

    private final StoreCollections collections;

    MongoOperationStores(StoreCollections collections) {
        this.collections = collections;
    }

    public MongoNotificationStore notifications() {
        return new MongoNotificationStore(collections.named(MongoSchema.NOTIFICATIONS));
    }

    public MongoOutbox outbox() {
        return new MongoOutbox(collections.named(MongoSchema.OUTBOX));
    }

    public MongoWebhookInbox webhookInbox() {
        return new MongoWebhookInbox(collections.named(MongoSchema.WEBHOOK_INBOX));
    }

    public MongoReconciliationStore reconciliations() {
        return new MongoReconciliationStore(collections.named(MongoSchema.RECONCILIATION_RUNS));
    }

    public MongoJobLeases jobLeases() {
        return new MongoJobLeases(collections.named(MongoSchema.JOB_LEASES),
                collections.onPrimary(MongoSchema.JOB_LEASES));
    }
}
