package dev.plara.wallet.core.port.out;

import dev.plara.wallet.core.domain.webhook.InboundDelivery;
import dev.plara.wallet.core.domain.webhook.InboxStatus;
import dev.plara.wallet.core.domain.paging.Page;
import dev.plara.wallet.core.domain.paging.PageRequest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Verified webhook deliveries, each written once its request has handled it, before the provider is answered.
 *
 * <p>Contract: {@link #record} stores a handled delivery whose id is new, moves a pending one of that id to the handled
 * state, and changes nothing of a finished one (applied or ignored), answering it; a pending delivery written by
 * {@link #record} or {@link #markFailed} is durable once the call returns. {@link #markDone} and {@link #markFailed}
 * change a pending delivery only; {@link #due} lists pending deliveries whose next attempt is due. Only a pending
 * delivery keeps its payload (its replay decodes it): one recorded or marked applied or ignored keeps none and is
 * answered with an empty one, since a redelivery is known by its id alone and admins see its outcome, not its body.
 */
public interface WebhookInbox {

    /**
     * Keeps a delivery just handled: applied or ignored with what that did, or pending with its failed attempt and its
     * next attempt time. Answers the finished delivery of that id found unchanged, or empty when this one was kept.
     */
    Optional<InboundDelivery> record(InboundDelivery handled);

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
