package dev.plara.wallet.core.memory;

import dev.plara.wallet.core.domain.notification.OutboxDelivery;
import dev.plara.wallet.core.domain.notification.OutboxMessage;
import dev.plara.wallet.core.domain.notification.OutboxStatus;
import dev.plara.wallet.core.domain.paging.Page;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.port.out.Outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The outbox in memory, with leases like a shared store's. */
public final class InMemoryOutbox implements Outbox {

    private final Map<String, OutboxDelivery> deliveries = new LinkedHashMap<>();
    private final Map<String, Lease> leases = new LinkedHashMap<>();

    @Override
    public synchronized void enqueue(OutboxMessage message) {
        deliveries.putIfAbsent(message.key(), new OutboxDelivery(message, OutboxStatus.PENDING, 0,
                message.createdAt(), null));
    }

    @Override
    public synchronized List<OutboxDelivery> claimDue(Instant now, String worker, Duration lease, int limit) {
        var claimed = new ArrayList<OutboxDelivery>();
        for (OutboxDelivery delivery : deliveries.values()) {
            var key = delivery.message().key();
            var held = leases.get(key);
            boolean due = delivery.status() == OutboxStatus.PENDING && !delivery.nextAttemptAt().isAfter(now);
            if (claimed.size() < limit && due && (held == null || !held.until().isAfter(now))) {
                leases.put(key, new Lease(worker, now.plus(lease)));
                claimed.add(delivery);
            }
        }
        return claimed;
    }

    @Override
    public synchronized boolean markSent(String key, String worker) {
        return release(key, worker, delivery -> new OutboxDelivery(delivery.message(), OutboxStatus.SENT,
                delivery.attempts() + 1, delivery.nextAttemptAt(), delivery.lastError()));
    }

    @Override
    public synchronized int release(Collection<String> keys, String worker) {
        return (int) keys.stream().filter(key -> release(key, worker, UnaryOperator.identity())).count();
    }

    @Override
    public synchronized boolean markFailed(String key, String worker, String error, Instant nextAttemptAt,
                                           boolean giveUp) {
        return release(key, worker, delivery -> new OutboxDelivery(delivery.message(),
                giveUp ? OutboxStatus.DEAD : OutboxStatus.PENDING, delivery.attempts() + 1, nextAttemptAt, error));
    }

    @Override
    public synchronized Optional<OutboxDelivery> find(String key) {
        return Optional.ofNullable(deliveries.get(key));
    }

    @Override
    public synchronized Page<OutboxDelivery> troubled(PageRequest page) {
        return Page.of(deliveries.values().stream()
                .filter(delivery -> delivery.status() == OutboxStatus.DEAD
                        || delivery.status() == OutboxStatus.PENDING && delivery.lastError() != null)
                .sorted(Comparator.comparing(delivery -> delivery.message().createdAt())).toList(), page);
    }

    private boolean release(String key, String worker, UnaryOperator<OutboxDelivery> change) {
        var held = leases.get(key);
        if (held == null || !held.worker().equals(worker) || deliveries.get(key).status() != OutboxStatus.PENDING) {
            return false;
        }
        leases.remove(key);
        deliveries.computeIfPresent(key, (k, delivery) -> change.apply(delivery));
        return true;
    }

    private record Lease(String worker, Instant until) {
    }
}
