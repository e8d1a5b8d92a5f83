package dev.plara.wallet.core.memory;

import dev.plara.wallet.core.domain.deposit.Receipt;
import dev.plara.wallet.core.domain.deposit.ReceiptRef;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.out.ReceiptStore.StoredReceipt;
import dev.plara.wallet.core.port.out.ReceiptStore;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Receipts in memory, with the time each unclaimed one was stored. */
public final class InMemoryReceiptStore implements ReceiptStore {

    private final Map<ReceiptRef, StoredReceipt> receipts = new ConcurrentHashMap<>();
    private final Map<ReceiptRef, Instant> unclaimedSince = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    @Override
    public ReceiptRef put(Receipt receipt, UserId owner, Instant storedAt) {
        var ref = new ReceiptRef("receipt-" + sequence.incrementAndGet());
        receipts.put(ref, new StoredReceipt(new Receipt(receipt.content().clone(), receipt.type()), owner));
        unclaimedSince.put(ref, storedAt);
        return ref;
    }

    @Override
    public Optional<StoredReceipt> get(ReceiptRef ref) {
        return Optional.ofNullable(receipts.get(ref));
    }

    @Override
    public void delete(ReceiptRef ref) {
        receipts.remove(ref);
        unclaimedSince.remove(ref);
    }

    @Override
    public void claim(ReceiptRef ref) {
        unclaimedSince.remove(ref);
    }

    @Override
    public List<ReceiptRef> unclaimedBefore(Instant cutoff, int limit) {
        return unclaimedSince.entrySet().stream().filter(unclaimed -> unclaimed.getValue().isBefore(cutoff))
                .sorted(Map.Entry.comparingByValue()).limit(limit).map(Map.Entry::getKey).toList();
    }

    /** How many receipts are stored: lets tests check that a refusal stored nothing. */
    public int size() {
        return receipts.size();
    }
}
