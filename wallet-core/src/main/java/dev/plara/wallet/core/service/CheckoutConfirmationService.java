package dev.plara.wallet.core.service;

import dev.plara.wallet.core.port.in.ConfirmCardPaymentUseCase;
import dev.plara.wallet.core.port.in.ConfirmCheckoutUseCase;
import dev.plara.wallet.core.port.in.FulfilProductOrderUseCase;
import dev.plara.wallet.core.port.in.TrackCheckoutUseCase;
import dev.plara.wallet.core.port.in.TrackCheckoutUseCase.CheckoutProgress;
import dev.plara.wallet.core.port.in.TrackCheckoutUseCase.Stage;
import dev.plara.wallet.core.port.out.PaymentHistory;

import java.util.Optional;

/**
 * Applies a paid checkout's order read from the provider ({@link PaymentHistory#paidOrderOfCheckout}) through the same
 * use cases as its webhook, only while the checkout waits for confirmation; any other stage is answered as it is.
 */
public final class CheckoutConfirmationService implements ConfirmCheckoutUseCase {

    private final TrackCheckoutUseCase tracking;
    private final PaymentHistory history;
    private final ConfirmCardPaymentUseCase deposits;
    private final FulfilProductOrderUseCase orders;

    public CheckoutConfirmationService(TrackCheckoutUseCase tracking, PaymentHistory history,
                                       ConfirmCardPaymentUseCase deposits, FulfilProductOrderUseCase orders) {
        this.tracking = tracking;
        this.history = history;
        this.deposits = deposits;
        this.orders = orders;
    }

    @Override
    public Optional<CheckoutProgress> confirm(String checkoutId) {
        var progress = tracking.track(checkoutId);
        if (progress.filter(known -> known.stage() == Stage.PAID_AWAITING_CONFIRMATION).isEmpty()) {
            return progress;
        }
        history.paidOrderOfCheckout(checkoutId).ifPresent(event -> event.match(
                deposit -> deposits.confirm(deposit.payment()), product -> orders.fulfil(product.order()),
                changed -> null, refund -> null, ignored -> null, malformed -> null));
        return tracking.track(checkoutId);
    }
}
