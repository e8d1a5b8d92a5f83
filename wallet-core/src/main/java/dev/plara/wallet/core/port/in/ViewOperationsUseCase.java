package dev.plara.wallet.core.port.in;

import dev.plara.wallet.core.domain.webhook.InboundDelivery;
import dev.plara.wallet.core.domain.webhook.InboxStatus;
import dev.plara.wallet.core.domain.notification.OutboxDelivery;
import dev.plara.wallet.core.domain.paging.Page;
import dev.plara.wallet.core.domain.paging.PageRequest;

/** Admins see the plumbing: webhook deliveries by status (pending ones are waiting to be retried) and failing messages. */
public interface ViewOperationsUseCase {

    /** Stored webhook deliveries in one status, newest first. */
    Page<InboundDelivery> deliveries(InboxStatus status, PageRequest page);

    /** Outbox messages that failed at least once and are not sent, or were given up on, oldest first. */
    Page<OutboxDelivery> troubledMessages(PageRequest page);
}
