package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.payment.PaidProductOrder;
import dev.plara.wallet.core.port.in.FulfilProductOrderUseCase;

/** Fulfils a paid product order, then applies the refunds held for it, so a refund that came first is never lost. */
public final class FulfilmentWithHeldRefunds implements FulfilProductOrderUseCase {

    private final FulfilProductOrderUseCase fulfilment;
    private final RefundService refunds;

    public FulfilmentWithHeldRefunds(FulfilProductOrderUseCase fulfilment, RefundService refunds) {
        this.fulfilment = fulfilment;
        this.refunds = refunds;
    }

    @Override
    public FulfilmentResult fulfil(PaidProductOrder order) {
        var result = fulfilment.fulfil(order);
        refunds.applyHeldFor(order.orderId());
        return result;
    }
}
