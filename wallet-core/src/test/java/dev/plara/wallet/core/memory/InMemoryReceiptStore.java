package dev.plara.wallet.core.memory;

import dev.plara.wallet.core.domain.Receipt;
import dev.plara.wallet.core.domain.ReceiptRef;
import dev.plara.wallet.core.domain.UserId;
import dev.plara.wallet.core.port.out.ReceiptStore;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Receipts in memory. */
public final class InMemoryReceiptStore implements ReceiptStore {

    private final Map<ReceiptRef, StoredReceipt> receipts = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    @Override
    public ReceiptRef put(Receipt receipt, UserId owner) {
        var ref = new ReceiptRef("receipt-" + sequence.incrementAndGet());
        receipts.put(ref, new StoredReceipt(new Receipt(receipt.content().clone(), receipt.type()), owner));
        return ref;
    }

    @Override
    public Optional<StoredReceipt> get(ReceiptRef ref) {
        return Optional.ofNullable(receipts.get(ref));
    }

    @Override
    public void delete(ReceiptRef ref) {
        receipts.remove(ref);
    }

    /** How many receipts are stored: lets tests check that a refusal stored nothing. */
    public int size() {
        return receipts.size();
    }
}
