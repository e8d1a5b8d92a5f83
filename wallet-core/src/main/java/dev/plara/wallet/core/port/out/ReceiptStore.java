package dev.plara.wallet.core.port.out;

import dev.plara.wallet.core.domain.deposit.Receipt;
import dev.plara.wallet.core.domain.deposit.ReceiptRef;
import dev.plara.wallet.core.domain.user.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stored transfer receipts (screenshots and PDFs). A receipt is stored before the deposit that names it, so one whose
 * deposit never came (a crash in between) is found by {@link #unclaimedBefore} and deleted by the sweep.
 *
 * <p>Contract: {@link #put} stores the bytes and type exactly, unclaimed since {@code storedAt}, and returns a new
 * reference; {@link #get} returns them unchanged, with their owner; {@link #delete} removes them. {@link #claim} marks a
 * receipt as named by a deposit, keeping it; {@link #unclaimedBefore} lists the receipts stored before {@code cutoff}
 * and never claimed, oldest first, at most {@code limit}. Unknown references are ignored.
 */
public interface ReceiptStore {

    ReceiptRef put(Receipt receipt, UserId owner, Instant storedAt);

    Optional<StoredReceipt> get(ReceiptRef ref);

    void delete(ReceiptRef ref);

    void claim(ReceiptRef ref);

    List<ReceiptRef> unclaimedBefore(Instant cutoff, int limit);

    /** A receipt as stored, with the user who uploaded it. */
    record StoredReceipt(Receipt receipt, UserId owner) {
    }
}
