package dev.plara.wallet.core.port.out;

import dev.plara.wallet.core.domain.Receipt;
import dev.plara.wallet.core.domain.ReceiptRef;
import dev.plara.wallet.core.domain.UserId;

import java.util.Optional;

/**
 * Stored transfer receipts (screenshots and PDFs).
 *
 * <p>Contract: {@link #put} stores the bytes and type exactly and returns a new reference; {@link #get} returns them
 * unchanged, with their owner; {@link #delete} removes them (unknown references are ignored).
 */
public interface ReceiptStore {

    ReceiptRef put(Receipt receipt, UserId owner);

    Optional<StoredReceipt> get(ReceiptRef ref);

    void delete(ReceiptRef ref);

    /** A receipt as stored, with the user who uploaded it. */
    record StoredReceipt(Receipt receipt, UserId owner) {
    }
}
