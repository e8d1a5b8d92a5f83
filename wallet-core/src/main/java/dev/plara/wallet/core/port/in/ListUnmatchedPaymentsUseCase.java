package dev.plara.wallet.core.port.in;

import dev.plara.wallet.core.domain.paging.Page;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.payment.UnmatchedPayment;
import dev.plara.wallet.core.domain.payment.UnmatchedRefund;

/** Admins see the paid orders parked because they could not be credited, and the refunds held for orders not credited. */
public interface ListUnmatchedPaymentsUseCase {

    /** Parked payments, oldest first; only those still waiting when {@code waitingOnly}. */
    Page<UnmatchedPayment> list(boolean waitingOnly, PageRequest page);

    /** Held refunds, oldest first; only those still waiting for their order when {@code waitingOnly}. */
    Page<UnmatchedRefund> refunds(boolean waitingOnly, PageRequest page);
}
