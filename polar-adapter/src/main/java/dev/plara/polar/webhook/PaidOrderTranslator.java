package dev.plara.polar.webhook;

import dev.plara.polar.model.Metadata;
import dev.plara.polar.model.PolarMoney;
import dev.plara.polar.model.PolarOrder;
import dev.plara.wallet.core.domain.CheckoutPurpose;
import dev.plara.wallet.core.domain.Money;
import dev.plara.wallet.core.port.in.ConfirmCardPaymentUseCase.PaidDeposit;
import dev.plara.wallet.core.port.in.FulfilProductOrderUseCase.PaidProductOrder;

import java.util.Optional;

/**
 * A paid order is a wallet deposit when its metadata says {@code wallet_deposit}, or says no purpose and the order is
 * for the top-up product; otherwise it is a direct purchase. Both are worth the order's {@code net_amount}.
 */
final class PaidOrderTranslator {

    private final String topUpProductId;

    PaidOrderTranslator(String topUpProductId) {
        this.topUpProductId = topUpProductId;
    }

    Translation translate(PolarOrder order) {
        if (!order.paid()) {
            return new Translation.Ignore("order " + order.id() + " is " + order.status() + ", not paid");
        }
        Money net = PolarMoney.of(order.netAmount(), order.currency());
        String user = Buyers.claimedUser(order.metadata(), order.customer());
        String email = Buyers.email(order.customer());
        if (isDeposit(order)) {
            return new Translation.CreditDeposit(
                    new PaidDeposit(order.id(), order.checkoutId(), user, email, net, order.createdAt()));
        }
        if (order.productId() == null || order.product() == null) {
            return new Translation.Ignore("order " + order.id() + " names no product");
        }
        if (user == null && email == null) {
            return new Translation.Ignore("order " + order.id() + " names no user and no email");
        }
        return new Translation.FulfilOrder(new PaidProductOrder(order.id(), order.checkoutId(), user, email,
                order.productId(), order.product().name(), net, order.subscriptionId(), order.createdAt()));
    }

    private boolean isDeposit(PolarOrder order) {
        Optional<String> purpose = Metadata.text(order.metadata(), Metadata.PURPOSE);
        return purpose.map(CheckoutPurpose.WALLET_DEPOSIT.wireName()::equals)
                .orElse(topUpProductId.equals(order.productId()));
    }
}
