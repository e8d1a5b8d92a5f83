package dev.plara.wallet.core.memory;

import dev.plara.wallet.core.domain.payment.CheckoutRecord;
import dev.plara.wallet.core.port.out.CheckoutStore;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Checkouts in memory. */
public final class InMemoryCheckoutStore implements CheckoutStore {

    private final Map<String, CheckoutRecord> checkouts = new ConcurrentHashMap<>();

    @Override
    public void save(CheckoutRecord checkout) {
        checkouts.putIfAbsent(checkout.checkoutId(), checkout);
    }

    @Override
    public void attachOrder(String checkoutId, String orderId) {
        checkouts.computeIfPresent(checkoutId, (id, record) -> record.orderId() != null ? record
                : new CheckoutRecord(id, record.purpose(), record.user(), record.email(), record.productId(),
                record.amount(), record.createdAt(), orderId));
    }

    @Override
    public Optional<CheckoutRecord> find(String checkoutId) {
        return Optional.ofNullable(checkouts.get(checkoutId));
    }
}
