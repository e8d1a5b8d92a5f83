package dev.plara.wallet.core.memory;

import dev.plara.wallet.core.contract.NotificationStoreContract;
import dev.plara.wallet.core.port.out.NotificationStore;

class InMemoryNotificationStoreTest extends NotificationStoreContract {

    @Override
    protected NotificationStore newStore() {
        return new InMemoryNotificationStore();
    }
}
