package dev.plara.wallet.core.memory;

import dev.plara.wallet.core.contract.OutboxContract;
import dev.plara.wallet.core.port.out.Outbox;

class InMemoryOutboxTest extends OutboxContract {

    @Override
    protected Outbox newStore() {
        return new InMemoryOutbox();
    }
}
