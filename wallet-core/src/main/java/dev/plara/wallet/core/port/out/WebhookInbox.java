package dev.plara.wallet.core.port.out;

import dev.plara.wallet.core.domain.webhook.InboundDelivery;
import dev.plara.wallet.core.domain.webhook.InboxStatus;
import dev.plara.wallet.core.domain.paging.Page;
import dev.plara.wallet.core.domain.paging.PageRequest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Verified webhook deliveries, stored before anything acts on them.
 *
 * <p>Contract: {@link #record} keeps the first delivery per id and says whether this call stored it (a redelivery
 * answers {@code false}); {@link #markDone} and {@link #markFailed} change a pending delivery only; {@link #due}
 * lists pending deliveries whose next attempt is due.
 */
public interface WebhookInbox {

    boolean record(InboundDelivery delivery);

    Optional<InboundDelivery> find(String id);

    /** Marks a pending delivery applied or ignored, with what that did. */
    void markDone(String id, InboxStatus status, String outcome);

    /** Counts a failed attempt on a pending delivery and schedules the next. */
    void markFailed(String id, String error, Instant nextAttemptAt);

    /** Up to {@code limit} pending deliveries due at {@code now}, oldest first. */
    List<InboundDelivery> due(Instant now, int limit);

    /** Deliveries in one status, newest first. */
    Page<InboundDelivery> list(InboxStatus status, PageRequest page);
}
