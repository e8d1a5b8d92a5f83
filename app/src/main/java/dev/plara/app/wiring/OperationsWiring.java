package dev.plara.app.wiring;

import dev.plara.mongo.MongoPlaraStores;
import dev.plara.wallet.core.embedding.PaymentProvider;
import dev.plara.wallet.core.port.in.ReconcileUseCase;
import dev.plara.wallet.core.port.out.IdGenerator;
import dev.plara.wallet.core.port.out.MessageSender;
import dev.plara.wallet.core.service.ContentPurchaseService;
import dev.plara.wallet.core.service.DepositReviewService;
import dev.plara.wallet.core.service.OperationsQueries;
import dev.plara.wallet.core.service.OutboxDispatcher;
import dev.plara.wallet.core.service.ReceiptCleanup;
import dev.plara.wallet.core.service.ReconciliationService;
import dev.plara.wallet.core.service.SubscriptionReconciliation;
import dev.plara.wallet.core.service.SweepService;
import dev.plara.wallet.core.service.UnsettledEntries;

import java.time.Clock;
import java.util.List;

/**
 * The services of Plara's own running, built by hand: reconciliation with Polar, the sweep that finishes what was left
 * half done, the outbox's dispatcher, and the operators' queries of the inbox and the outbox.
 */
record OperationsWiring(ReconcileUseCase reconciliation, OperationsQueries queries, SweepService sweep,
                        OutboxDispatcher dispatcher) {

    /** Built on the payment services, and the reviews and purchases whose half-done entries the sweep finishes. */
    static OperationsWiring of(MongoPlaraStores stores, PaymentProvider polar, PaymentWiring payments,
                               DepositReviewService reviews, ContentPurchaseService purchases,
                               List<MessageSender> senders, Clock clock, IdGenerator ids) {
        var ledger = stores.ledger();
        var operationStores = stores.operations();
        var outbox = operationStores.outbox();
        var deposits = stores.deposits();
        var reconciliation = new LoudReconciliation(new ReconciliationService(polar.history(), polar.deliveries(),
                operationStores.reconciliations(), ledger, payments.cardDeposits(), payments.orders(),
                payments.refunds(), new SubscriptionReconciliation(stores.grants(), polar.subscriptions(),
                payments.subscriptions()), clock));
        var sweep = new SweepService(new UnsettledEntries(ledger, stores.unitOfWork(), payments.cardCredit(), reviews,
                purchases, payments.refunds(), outbox, clock), deposits.bankDeposits(), reviews,
                new ReceiptCleanup(deposits.receipts(), deposits.bankDeposits(), clock));
        var dispatcher = new OutboxDispatcher(outbox, senders, "dispatcher-" + ids.newId(), clock, System::nanoTime);
        return new OperationsWiring(reconciliation, new OperationsQueries(operationStores.webhookInbox(), outbox),
                sweep, dispatcher);
    }
}
