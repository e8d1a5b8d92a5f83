package dev.plara.wallet.core.memory;

import dev.plara.wallet.core.domain.ledger.RefundTally;
import dev.plara.wallet.core.port.out.RefundTallies;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Refund tallies in memory, each saved by a compare-and-set of its version. */
public final class InMemoryRefundTallies implements RefundTallies {

    private final Map<String, RefundTally> tallies = new HashMap<>();
    private final Set<String> open = new LinkedHashSet<>();

    @Override
    public synchronized Optional<RefundTally> find(String orderId) {
        return Optional.ofNullable(tallies.get(orderId));
    }

    @Override
    public synchronized boolean save(RefundTally next) {
        long stored = find(next.orderId()).map(RefundTally::version).orElse(0L);
        if (stored != next.version() - 1) {
            return false;
        }
        tallies.put(next.orderId(), next);
        open.add(next.orderId());
        return true;
    }

    @Override
    public synchronized List<RefundTally> open(Instant savedBefore, int limit) {
        return open.stream().map(tallies::get).filter(tally -> tally.savedAt().isBefore(savedBefore)).limit(limit)
                .toList();
    }

    @Override
    public synchronized void closed(RefundTally tally) {
        if (tally.equals(tallies.get(tally.orderId()))) {
            open.remove(tally.orderId());
        }
    }
}
