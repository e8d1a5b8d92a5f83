package dev.plara.wallet.core.port.out;

import dev.plara.wallet.core.domain.ledger.RefundTally;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The refund tally of each deposit order, where refunds of one order are put one after the other.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link #find} answers the tally last saved for the order, empty when none was.</li>
 *   <li>{@link #save} stores {@code next} only when the stored tally is still the one before it (version
 *       {@code next.version() - 1}; none stored for version 1) and says whether it did: a compare-and-set, so of
 *       savers racing from one version exactly one succeeds, with or without a transaction. A saved tally is open.</li>
 *   <li>{@link #open} answers at most {@code limit} open tallies saved before {@code savedBefore}, ones whose debits
 *       may not all be written yet, in the same order at each call.</li>
 *   <li>{@link #closed} closes {@code tally} if it is still the stored version; a later version stays open.</li>
 * </ul>
 */
public interface RefundTallies {

    Optional<RefundTally> find(String orderId);

    boolean save(RefundTally next);

    List<RefundTally> open(Instant savedBefore, int limit);

    void closed(RefundTally tally);
}
