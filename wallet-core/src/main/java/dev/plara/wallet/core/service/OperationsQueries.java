package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.notification.OutboxDelivery;
import dev.plara.wallet.core.domain.paging.Page;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.webhook.InboundDelivery;
import dev.plara.wallet.core.domain.webhook.InboxStatus;
import dev.plara.wallet.core.port.in.ViewOperationsUseCase;
import dev.plara.wallet.core.port.out.Outbox;
import dev.plara.wallet.core.port.out.WebhookInbox;

/** Reads the inbox and the outbox for admins. */
public final class OperationsQueries implements ViewOperationsUseCase {

    private final WebhookInbox inbox;
    private final Outbox outbox;

    public OperationsQueries(WebhookInbox inbox, Outbox outbox) {
        this.inbox = inbox;
        this.outbox = outbox;
    }

    @Override
    public Page<InboundDelivery> deliveries(InboxStatus status, PageRequest page) {
        return inbox.list(status, page);
    }

    @Override
    public Page<OutboxDelivery> troubledMessages(PageRequest page) {
        return outbox.troubled(page);
    }
}
