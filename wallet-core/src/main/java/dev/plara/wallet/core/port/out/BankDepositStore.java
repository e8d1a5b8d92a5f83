package dev.plara.wallet.core.port.out;

import dev.plara.wallet.core.domain.deposit.BankDeposit;
import dev.plara.wallet.core.domain.deposit.DepositId;
import dev.plara.wallet.core.domain.deposit.DepositStatus;
import dev.plara.wallet.core.domain.paging.Page;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.deposit.ReceiptRef;
import dev.plara.wallet.core.domain.user.UserId;

import java.util.Optional;

/**
 * Bank deposit submissions and their reviews.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link #insert} stores a new deposit unless another deposit that is not rejected has the same transaction
 *       code; then it stores nothing and answers {@code false}. A rejected deposit frees its code.</li>
 *   <li>{@link #replace} is a compare-and-set: it stores {@code next} only if the stored deposit with that id is in
 *       status {@code expected}, atomically, and says whether it did. Of two racing replaces from one status, one wins.</li>
 * </ul>
 */
public interface BankDepositStore {

    boolean insert(BankDeposit deposit);

    Optional<BankDeposit> find(DepositId id);

    boolean replace(DepositStatus expected, BankDeposit next);

    /** Deposits in one status, oldest submission first (the review queue). */
    Page<BankDeposit> byStatus(DepositStatus status, PageRequest page);

    /** One user's deposits, newest submission first. */
    Page<BankDeposit> ofUser(UserId user, PageRequest page);

    /** The deposit that names this receipt, whatever its status, if any. */
    Optional<BankDeposit> withReceipt(ReceiptRef receipt);
}
