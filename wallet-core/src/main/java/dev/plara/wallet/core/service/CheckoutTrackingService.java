package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.ledger.IdempotencyKey;
import dev.plara.wallet.core.domain.payment.CheckoutPurpose;
import dev.plara.wallet.core.domain.payment.CheckoutRecord;
import dev.plara.wallet.core.port.in.TrackCheckoutUseCase.CheckoutProgress;
import dev.plara.wallet.core.port.in.TrackCheckoutUseCase.Stage;
import dev.plara.wallet.core.port.in.TrackCheckoutUseCase;
import dev.plara.wallet.core.port.out.CheckoutGateway;
import dev.plara.wallet.core.port.out.CheckoutStore;
import dev.plara.wallet.core.port.out.GrantStore;
import dev.plara.wallet.core.port.out.LedgerStore;
import dev.plara.wallet.core.port.out.ProductOrderStore;
import dev.plara.wallet.core.port.out.ProviderCheckoutStatus;

import java.util.Optional;

/**
 * Tells where a checkout stands by what Plara has applied (credit, fulfilled order) and, until then, by what the
 * provider says. Reading it never changes anything: the success page is not a way to get credited.
 */
public final class CheckoutTrackingService implements TrackCheckoutUseCase {

    private final CheckoutStore checkouts;
    private final LedgerStore ledger;
    private final ProductOrderStore orders;
    private final GrantStore grants;
    private final CheckoutGateway gateway;

    public CheckoutTrackingService(CheckoutStore checkouts, LedgerStore ledger, ProductOrderStore orders,
                                   GrantStore grants, CheckoutGateway gateway) {
        this.checkouts = checkouts;
        this.ledger = ledger;
        this.orders = orders;
        this.grants = grants;
        this.gateway = gateway;
    }

    @Override
    public Optional<CheckoutProgress> track(String checkoutId) {
        return checkouts.find(checkoutId).map(this::progressOf);
    }

    private CheckoutProgress progressOf(CheckoutRecord checkout) {
        if (checkout.orderId() != null) {
            var applied = applied(checkout);
            if (applied.isPresent()) {
                return applied.get();
            }
        }
        var stage = gateway.status(checkout.checkoutId()).map(CheckoutTrackingService::stageOf).orElse(Stage.OPEN);
        if (stage == Stage.PAID_AWAITING_CONFIRMATION || checkout.orderId() != null) {
            return new CheckoutProgress(checkout, Stage.PAID_AWAITING_CONFIRMATION, null, null);
        }
        return new CheckoutProgress(checkout, stage, null, null);
    }

    private Optional<CheckoutProgress> applied(CheckoutRecord checkout) {
        if (checkout.purpose() == CheckoutPurpose.WALLET_DEPOSIT) {
            return ledger.find(IdempotencyKey.polarOrder(checkout.orderId()))
                    .map(credit -> new CheckoutProgress(checkout, Stage.CREDITED, credit, null));
        }
        return orders.find(checkout.orderId())
                .flatMap(order -> grants.bySource(order.grantSource()))
                .map(access -> new CheckoutProgress(checkout, Stage.FULFILLED, null, access));
    }

    private static Stage stageOf(ProviderCheckoutStatus status) {
        return switch (status) {
            case OPEN, CONFIRMED -> Stage.OPEN;
            case SUCCEEDED -> Stage.PAID_AWAITING_CONFIRMATION;
            case FAILED -> Stage.FAILED;
            case EXPIRED -> Stage.EXPIRED;
        };
    }
}
