package dev.plara.wallet.core.port.out;

import dev.plara.wallet.core.domain.notification.OutboxDelivery;
import dev.plara.wallet.core.domain.notification.OutboxMessage;
import dev.plara.wallet.core.domain.paging.Page;
import dev.plara.wallet.core.domain.paging.PageRequest;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Messages to outside channels, queued with the change that causes them and sent after it commits.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link #enqueue} keeps the first message per key: the same change never queues two messages.</li>
 *   <li>{@link #claimDue} leases pending messages whose next attempt is due (by {@code now}) to one worker for
 *       {@code lease}; while a lease is live no other worker can claim that message, whatever the number of workers or
 *       store clients. A store shared by several servers times the lease by its own clock, so that no server's clock
 *       is compared with another's.</li>
 *   <li>{@link #markSent}, {@link #markFailed} and {@link #release} take effect only for the worker holding the
 *       lease, and release it. A failure counts an attempt and sets the next one; {@code giveUp} marks the message
 *       dead. A release gives a message back as it was, claimable by any worker at once.</li>
 * </ul>
 * A worker claims a batch, so a lease may cover several sends: the worker finishes each message right after its own
 * send, times its sends by its own elapsed time, starts none too close to the lease's end, and releases the rest.
 */
public interface Outbox {

    void enqueue(OutboxMessage message);

    List<OutboxDelivery> claimDue(Instant now, String worker, Duration lease, int limit);

    /** Marks {@code key} sent if {@code worker} holds it; answers whether it held it. */
    boolean markSent(String key, String worker);

    /** Gives back, unsent and with no attempt counted, those of {@code keys} that {@code worker} holds. */
    int release(Collection<String> keys, String worker);

    boolean markFailed(String key, String worker, String error, Instant nextAttemptAt, boolean giveUp);

    Optional<OutboxDelivery> find(String key);

    /** Messages that failed at least once and are not sent yet, or were given up on, oldest first: for admins. */
    Page<OutboxDelivery> troubled(PageRequest page);
}
