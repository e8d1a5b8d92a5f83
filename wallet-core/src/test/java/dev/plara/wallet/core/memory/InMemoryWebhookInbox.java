package dev.plara.wallet.core.memory;

import dev.plara.wallet.core.domain.webhook.InboundDelivery;
import dev.plara.wallet.core.domain.webhook.InboxStatus;
import dev.plara.wallet.core.domain.paging.Page;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.port.out.WebhookInbox;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The webhook inbox in memory. */
public final class InMemoryWebhookInbox implements WebhookInbox {

    private final Map<String, InboundDelivery> deliveries = new LinkedHashMap<>();

    @Override
    public synchronized Optional<InboundDelivery> record(InboundDelivery handled) {
        var stored = deliveries.get(handled.id());
        if (stored != null && stored.status() != InboxStatus.PENDING) {
            return Optional.of(stored);
        }
        deliveries.put(handled.id(), stored == null ? handled
                : stored.attempted(handled.status(), handled.outcome(), later(stored, handled)));
        return Optional.empty();
    }

    /** A redelivery never brings a backed-off retry forward. */
    private static Instant later(InboundDelivery stored, InboundDelivery handled) {
        return stored.nextAttemptAt().isAfter(handled.nextAttemptAt()) ? stored.nextAttemptAt()
                : handled.nextAttemptAt();
    }

    @Override
    public synchronized Optional<InboundDelivery> find(String id) {
        return Optional.ofNullable(deliveries.get(id));
    }

    @Override
    public synchronized void markDone(String id, InboxStatus status, String outcome) {
        deliveries.computeIfPresent(id, (key, d) -> d.status() != InboxStatus.PENDING ? d
                : d.attempted(status, outcome, d.nextAttemptAt()));
    }

    @Override
    public synchronized void markFailed(String id, String error, Instant nextAttemptAt) {
        deliveries.computeIfPresent(id, (key, d) -> d.status() != InboxStatus.PENDING ? d
                : d.attempted(InboxStatus.PENDING, error, nextAttemptAt));
    }

    @Override
    public synchronized List<InboundDelivery> due(Instant now, int limit) {
        return deliveries.values().stream()
                .filter(d -> d.status() == InboxStatus.PENDING && !d.nextAttemptAt().isAfter(now))
                .sorted(Comparator.comparing(InboundDelivery::receivedAt)).limit(limit).toList();
    }

    @Override
    public synchronized Page<InboundDelivery> list(InboxStatus status, PageRequest page) {
        return Page.of(deliveries.values().stream().filter(d -> d.status() == status)
                .sorted(Comparator.comparing(InboundDelivery::receivedAt).reversed()).toList(), page);
    }
}
