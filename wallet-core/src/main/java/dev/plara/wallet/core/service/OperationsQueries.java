package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.InboundDelivery;
import dev.plara.wallet.core.domain.InboxStatus;
import dev.plara.wallet.core.domain.OutboxDelivery;
import dev.plara.wallet.core.domain.Page;
import dev.plara.wallet.core.domain.PageRequest;
import dev.plara.wallet.core.port.in.ViewOperationsUseCase;

/** Reads the inbox and the outbox for admins. */
public final class OperationsQueries implements ViewOperationsUseCase {

    private final WalletStores stores;

    OperationsQueries(WalletStores stores) {
        this.stores = stores;
    }

    @Override
    public Page<InboundDelivery> deliveries(InboxStatus status, PageRequest page) {
        return stores.inbox().list(status, page);
    }

    @Override
    public Page<OutboxDelivery> troubledMessages(PageRequest page) {
        return stores.outbox().troubled(page);
    }
}
