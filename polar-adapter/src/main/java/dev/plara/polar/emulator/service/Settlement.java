package dev.plara.polar.emulator.service;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * When payments and refunds settle. By default at once, as with a card; switched to later, a payment leaves its order
 * {@code pending} (and a first subscription {@code incomplete}) and a refund stays {@code pending}, until the control
 * API settles them: the late facts a reconciliation must catch.
 */
public final class Settlement {

    private final AtomicBoolean ordersPaidLater = new AtomicBoolean();
    private final AtomicBoolean refundsSucceedLater = new AtomicBoolean();

    public boolean ordersPaidLater() {
        return ordersPaidLater.get();
    }

    public void setOrdersPaidLater(boolean later) {
        ordersPaidLater.set(later);
    }

    public boolean refundsSucceedLater() {
        return refundsSucceedLater.get();
    }

    public void setRefundsSucceedLater(boolean later) {
        refundsSucceedLater.set(later);
    }
}
