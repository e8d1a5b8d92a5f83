package dev.plara.wallet.core.memory;

import dev.plara.wallet.core.domain.payment.Assignment;
import dev.plara.wallet.core.domain.paging.Page;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.payment.UnmatchedPayment;
import dev.plara.wallet.core.domain.payment.UnmatchedRefund;
import dev.plara.wallet.core.port.out.UnmatchedPaymentStore;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Parked payments and held refunds in memory. */
public final class InMemoryUnmatchedPaymentStore implements UnmatchedPaymentStore {

    private final Map<String, UnmatchedPayment> payments = new LinkedHashMap<>();
    private final Map<String, UnmatchedRefund> refunds = new LinkedHashMap<>();

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

    @Override
    public synchronized boolean holdRefund(UnmatchedRefund refund) {
        return refunds.putIfAbsent(refund.refund().refundId(), refund) == null;
    }

    @Override
    public synchronized List<UnmatchedRefund> refundsOf(String orderId) {
        return refunds.values().stream().filter(held -> held.orderId().equals(orderId))
                .sorted(Comparator.comparing(UnmatchedRefund::heldAt)).toList();
    }

    @Override
    public synchronized boolean refundApplied(String refundId, Instant at) {
        var held = refunds.get(refundId);
        if (held == null || !held.waiting()) {
            return false;
        }
        refunds.put(refundId, new UnmatchedRefund(held.refund(), held.reason(), held.heldAt(), at));
        return true;
    }

    @Override
    public synchronized Page<UnmatchedRefund> refunds(boolean waitingOnly, PageRequest page) {
        return Page.of(refunds.values().stream().filter(held -> !waitingOnly || held.waiting())
                .sorted(Comparator.comparing(UnmatchedRefund::heldAt)).toList(), page);
    }
}
