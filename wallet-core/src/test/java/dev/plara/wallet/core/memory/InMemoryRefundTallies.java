package dev.plara.wallet.core.memory;

import dev.plara.wallet.core.domain.ledger.RefundTally;
import dev.plara.wallet.core.port.out.RefundTallies;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Refund tallies in memory, each saved by a compare-and-set of its version. */
public final class InMemoryRefundTallies implements RefundTallies {

    private final Map<String, RefundTally> tallies = new HashMap<>();

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
        return true;
    }
}
