package dev.plara.app.wiring;

import dev.plara.mongo.MongoPlaraStores;
import dev.plara.wallet.core.domain.access.SubscriptionAccessPolicy;
import dev.plara.wallet.core.service.CardCredit;
import dev.plara.wallet.core.service.CardCreditCheck;
import dev.plara.wallet.core.service.CardDepositService;
import dev.plara.wallet.core.service.FulfilmentWithHeldRefunds;
import dev.plara.wallet.core.service.OrderFulfilmentService;
import dev.plara.wallet.core.service.RefundService;
import dev.plara.wallet.core.service.SubscriptionAccessService;
import dev.plara.wallet.core.service.WalletSettings;

import java.time.Clock;

/**
 * The payment services the others share, wired by hand: card credits and their checks, refunds, order fulfilment and
 * subscription access; each given only the ports it uses.
 */
record PaymentWiring(RefundService refunds, CardCredit cardCredit, CardCreditCheck creditCheck,
                     CardDepositService cardDeposits, SubscriptionAccessService subscriptions,
                     FulfilmentWithHeldRefunds orders) {

    static PaymentWiring of(MongoPlaraStores stores, WalletSettings settings,
                            SubscriptionAccessPolicy subscriptionAccess, Clock clock) {
        var ledger = stores.ledger();
        var unitOfWork = stores.unitOfWork();
        var paymentStores = stores.payments();
        var unmatched = paymentStores.unmatchedPayments();
        var operations = stores.operations();
        var notifications = operations.notifications();
        var outbox = operations.outbox();
        var refunds = new RefundService(ledger, paymentStores.refundTallies(), paymentStores.productOrders(),
                stores.grants(), unmatched, notifications, outbox, unitOfWork, subscriptionAccess, clock);
        var cardCredit = new CardCredit(ledger, unmatched, notifications, outbox, settings.currencies(), refunds);
        var creditCheck = new CardCreditCheck(stores.users(), settings.currencies());
        var cardDeposits = new CardDepositService(ledger, paymentStores.checkouts(), unmatched, unitOfWork, cardCredit,
                creditCheck, clock);
        var subscriptions = new SubscriptionAccessService(stores.grants(), paymentStores.productOrders(), notifications,
                unitOfWork, subscriptionAccess);
        var orders = new FulfilmentWithHeldRefunds(new OrderFulfilmentService(paymentStores.checkouts(),
                paymentStores.productOrders(), stores.grants(), notifications, outbox, unitOfWork, subscriptions,
                subscriptionAccess), refunds);
        return new PaymentWiring(refunds, cardCredit, creditCheck, cardDeposits, subscriptions, orders);
    }
}
