package dev.plara.mongo;

import dev.plara.wallet.core.contract.WebhookInboxContract;
import dev.plara.wallet.core.port.out.WebhookInbox;
import org.junit.jupiter.api.Nested;

class MongoWebhookInboxTest extends WebhookInboxContract {

    @Override
    protected WebhookInbox newStore() {
        return MongoTargets.inProcess(stores -> stores.operations().webhookInbox());
    }

    @Nested
    @RequiresMongoUri
    class OnMongodbUri extends WebhookInboxContract {

        @Override
        protected WebhookInbox newStore() {
            return MongoTargets.onMongodbUri(WebhookInbox.class, stores -> stores.operations().webhookInbox());
        }
    }
}
