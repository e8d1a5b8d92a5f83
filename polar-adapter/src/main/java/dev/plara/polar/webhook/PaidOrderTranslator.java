package dev.plara.polar.webhook;

import dev.plara.polar.ProductUnlocks;
import dev.plara.polar.model.Metadata;
import dev.plara.polar.model.PolarMoney;
import dev.plara.polar.model.PolarOrder;
import dev.plara.polar.model.PolarProduct;
import dev.plara.polar.model.PolarSubscription;
import dev.plara.polar.model.RecurringInterval;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.ChargedAmounts;
import dev.plara.wallet.core.domain.payment.CheckoutPurpose;
import dev.plara.wallet.core.domain.payment.PaidDeposit;
import dev.plara.wallet.core.domain.payment.PaidProductOrder;
import dev.plara.wallet.core.domain.payment.PaymentEvent;
import dev.plara.wallet.core.domain.payment.SubscriptionChange;
import dev.plara.wallet.core.domain.payment.SubscriptionTerm;

import java.time.Period;
import java.util.Optional;

/**
 * A paid order is a wallet deposit when its metadata says {@code wallet_deposit}, or says no purpose and the order is
 * for the top-up product or a credit pack; otherwise it is a direct purchase. A deposit is worth the price the buyer
 * chose, which Polar signs in the order as {@code subtotal_amount - discount_amount}: its {@code net_amount} when the
 * tax came on top, its {@code total_amount} when the price held the tax ({@code net = subtotal - discount - tax}), as
 * Polar computes order amounts. A direct purchase is worth its {@code net_amount}; a subscription's order (its first,
 * each renewal) carries its subscription as Polar reports it, whose state the access follows, and the period it pays
 * (the subscription's period end and interval, else its product's interval), which bounds the access when that
 * state cannot be read.
 */
final class PaidOrderTranslator {

    private final String topUpProductId;
    private final SubscriptionTranslator subscriptions;

    PaidOrderTranslator(String topUpProductId, SubscriptionTranslator subscriptions) {
        this.topUpProductId = topUpProductId;
        this.subscriptions = subscriptions;
    }

    PaymentEvent translate(PolarOrder order) {
        if (!order.paid()) {
            return new PaymentEvent.Ignored("order " + order.id() + " is " + order.status() + ", not paid");
        }
        String user = Buyers.claimedUser(order.metadata(), order.customer());
        String email = Buyers.email(order.metadata(), order.customer());
        if (isDeposit(order)) {
            return deposit(order, user, email);
        }
        if (order.productId() == null || order.product() == null) {
            return new PaymentEvent.Ignored("order " + order.id() + " names no product");
        }
        if (user == null && email == null) {
            return new PaymentEvent.Ignored("order " + order.id() + " names no user and no email");
        }
        PolarSubscription embedded = order.subscription() != null
                && order.subscription().id().equals(order.subscriptionId()) ? order.subscription() : null;
        SubscriptionChange subscription = null;
        if (embedded != null) {
            PaymentEvent reported = subscriptions.snapshot(embedded, order.customer(), order.product(),
                    "the subscription of order " + order.id());
            subscription = reported instanceof PaymentEvent.SubscriptionChanged changed ? changed.change() : null;
        }
        return new PaymentEvent.ProductPaid(new PaidProductOrder(order.id(), order.checkoutId(), user, email,
                order.productId(), order.product().name(), money(order, order.netAmount()), order.subscriptionId(),
                order.createdAt(), ProductUnlocks.of(order.product()), subscription,
                order.subscriptionId() == null ? SubscriptionTerm.UNKNOWN : term(embedded, order.product())));
    }

    /** The period a subscription's order pays: its subscription's, else one interval of its product. */
    private static SubscriptionTerm term(PolarSubscription embedded, PolarProduct product) {
        Period interval = embedded != null && embedded.recurringInterval() != null
                ? RecurringInterval.period(embedded.recurringInterval(), embedded.recurringIntervalCount())
                : RecurringInterval.period(product.recurringInterval(), product.recurringIntervalCount());
        return new SubscriptionTerm(embedded == null ? null : embedded.currentPeriodEnd(), interval);
    }

    private static PaymentEvent deposit(PolarOrder order, String user, String email) {
        try {
            var charged = new ChargedAmounts(money(order, order.netAmount()), money(order, order.taxAmount()),
                    money(order, order.totalAmount()));
            var price = money(order, order.subtotalAmount() - order.discountAmount());
            return new PaymentEvent.DepositPaid(new PaidDeposit(order.id(), order.checkoutId(), user, email, price,
                    charged, order.createdAt()));
        } catch (IllegalArgumentException amountsDoNotAddUp) {
            return new PaymentEvent.Malformed("order " + order.id() + ": " + amountsDoNotAddUp.getMessage());
        }
    }

    private static Money money(PolarOrder order, long minor) {
        return PolarMoney.of(minor, order.currency());
    }

    private boolean isDeposit(PolarOrder order) {
        Optional<String> purpose = Metadata.text(order.metadata(), Metadata.PURPOSE);
        boolean creditPack = order.product() != null && Metadata.flag(order.product().metadata(), Metadata.CREDIT_PACK);
        return purpose.map(CheckoutPurpose.WALLET_DEPOSIT.wireName()::equals)
                .orElse(creditPack || topUpProductId.equals(order.productId()));
    }
}
