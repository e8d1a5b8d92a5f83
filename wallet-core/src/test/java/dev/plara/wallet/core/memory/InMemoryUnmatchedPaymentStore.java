package dev.plara.wallet.core.memory;

import dev.plara.wallet.core.domain.payment.Assignment;
import dev.plara.wallet.core.domain.paging.Page;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.payment.UnmatchedPayment;
import dev.plara.wallet.core.port.out.UnmatchedPaymentStore;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Parked payments in memory. */
public final class InMemoryUnmatchedPaymentStore implements UnmatchedPaymentStore {

    private final Map<String, UnmatchedPayment> payments = new LinkedHashMap<>();

    @Override
    public synchronized boolean park(UnmatchedPayment payment) {
        return payments.putIfAbsent(payment.orderId(), payment) == null;
    }

    @Override
    public synchronized Optional<UnmatchedPayment> find(String orderId) {
        return Optional.ofNullable(payments.get(orderId));
    }

    @Override
    public synchronized boolean assign(String orderId, Assignment assignment) {
        var current = payments.get(orderId);
        if (current == null || !current.waiting()) {
            return false;
        }
        payments.put(orderId, current.assigned(assignment));
        return true;
    }

    @Override
    public synchronized Page<UnmatchedPayment> list(boolean waitingOnly, PageRequest page) {
        return Page.of(payments.values().stream().filter(payment -> !waitingOnly || payment.waiting())
                .sorted(Comparator.comparing(UnmatchedPayment::parkedAt)).toList(), page);
    }
}
