package dev.plara.wallet.core.port.in;

import dev.plara.wallet.core.domain.paging.Page;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.payment.UnmatchedPayment;

/** Admins see the paid orders parked because they could not be credited. */
public interface ListUnmatchedPaymentsUseCase {

    /** Parked payments, oldest first; only those still waiting when {@code waitingOnly}. */
    Page<UnmatchedPayment> list(boolean waitingOnly, PageRequest page);
}
