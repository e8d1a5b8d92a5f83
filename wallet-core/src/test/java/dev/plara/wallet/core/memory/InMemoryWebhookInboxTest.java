package dev.plara.wallet.core.memory;

import dev.plara.wallet.core.contract.WebhookInboxContract;
import dev.plara.wallet.core.port.out.WebhookInbox;

class InMemoryWebhookInboxTest extends WebhookInboxContract {

    @Override
    protected WebhookInbox newStore() {
        return new InMemoryWebhookInbox();
    }
}
