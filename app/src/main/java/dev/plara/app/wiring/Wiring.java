package dev.plara.app.wiring;

import dev.plara.app.receipts.FileReceiptInspector;
import dev.plara.http.ServerUseCases;
import dev.plara.mongo.MongoPlaraStores;
import dev.plara.wallet.core.embedding.PaymentProvider;
import dev.plara.wallet.core.port.in.DispatchOutboxUseCase;
import dev.plara.wallet.core.port.in.MigrateEntitlementsUseCase;
import dev.plara.wallet.core.port.in.ReconcileUseCase;
import dev.plara.wallet.core.port.in.RememberUserUseCase;
import dev.plara.wallet.core.port.in.ReplayInboxUseCase;
import dev.plara.wallet.core.port.in.SweepUseCase;
import dev.plara.wallet.core.port.out.IdGenerator;
import dev.plara.wallet.core.port.out.MessageSender;
import dev.plara.wallet.core.service.AccessRules;
import dev.plara.wallet.core.service.AccountService;
import dev.plara.wallet.core.service.AuditService;
import dev.plara.wallet.core.service.BankDepositService;
import dev.plara.wallet.core.service.CardCredit;
import dev.plara.wallet.core.service.CardCreditCheck;
import dev.plara.wallet.core.service.CardDepositService;
import dev.plara.wallet.core.service.CatalogService;
import dev.plara.wallet.core.service.CheckoutConfirmationService;
import dev.plara.wallet.core.service.CheckoutService;
import dev.plara.wallet.core.service.CheckoutTrackingService;
import dev.plara.wallet.core.service.ContentPurchaseService;
import dev.plara.wallet.core.service.CustomerIdentity;
import dev.plara.wallet.core.service.DepositReviewService;
import dev.plara.wallet.core.service.EntitlementMigration;
import dev.plara.wallet.core.service.FulfilmentWithHeldRefunds;
import dev.plara.wallet.core.service.OperationsQueries;
import dev.plara.wallet.core.service.OrderFulfilmentService;
import dev.plara.wallet.core.service.SubscriptionAccessService;
import dev.plara.wallet.core.service.PurchasesService;
import dev.plara.wallet.core.service.SubscriptionReconciliation;
import dev.plara.wallet.core.service.OutboxDispatcher;
import dev.plara.wallet.core.service.PaymentEventHandler;
import dev.plara.wallet.core.service.ReceiptCleanup;
import dev.plara.wallet.core.service.ReconciliationService;
import dev.plara.wallet.core.service.RefundRequestService;
import dev.plara.wallet.core.service.RefundService;
import dev.plara.wallet.core.service.RefundableOrders;
import dev.plara.wallet.core.service.SingleCheckout;
import dev.plara.wallet.core.service.SweepService;
import dev.plara.wallet.core.service.UnsettledEntries;
import dev.plara.wallet.core.service.UnmatchedPaymentService;
import dev.plara.wallet.core.service.WalletSettings;
import dev.plara.wallet.core.service.WebhookIntakeService;

import dev.plara.wallet.core.domain.access.SubscriptionAccessPolicy;

import java.time.Clock;
import java.util.List;

/**
 * Plara's one wiring place: every core service built by hand from the MongoDB stores and Polar's adapters, each given
 * only the ports it uses, then the use cases handed to the HTTP server and to the background jobs.
 */
final class Wiring {

    private final AccountService accounts;
    private final CatalogService catalog;
    private final CheckoutService checkouts;
    private final CheckoutTrackingService tracking;
    private final CheckoutConfirmationService confirmation;
    private final ContentPurchaseService purchases;
    private final WebhookIntakeService webhooks;
    private final BankDepositService bankDeposits;
    private final DepositReviewService reviews;
    private final UnmatchedPaymentService unmatchedPayments;
    private final RefundRequestService refundRequests;
    private final RefundableOrders refundableOrders;
    private final AuditService audit;
    private final ReconcileUseCase reconciliation;
    private final OperationsQueries operations;
    private final SweepService sweep;
    private final OutboxDispatcher dispatcher;
    private final PurchasesService purchasesView;
    private final EntitlementMigration migration;

    Wiring(MongoPlaraStores stores, PaymentProvider polar, WalletSettings settings,
           SubscriptionAccessPolicy subscriptionAccess, List<MessageSender> senders, Clock clock, IdGenerator ids) {
        var ledger = stores.ledger();
        var unitOfWork = stores.unitOfWork();
        var unmatched = stores.unmatchedPayments();
        var notifications = stores.notifications();
        var outbox = stores.outbox();
        var refunds = new RefundService(ledger, stores.productOrders(), stores.grants(), unmatched, notifications,
                outbox, unitOfWork, clock);
        var cardCredit = new CardCredit(ledger, unmatched, notifications, outbox, settings.currencies(), refunds);
        var creditCheck = new CardCreditCheck(stores.users(), settings.currencies());
        var cardDeposits = new CardDepositService(ledger, stores.checkouts(), unmatched, unitOfWork, cardCredit,
                creditCheck, clock);
        var grants = stores.grants();
        var access = new AccessRules(grants, stores.catalog());
        var subscriptions = new SubscriptionAccessService(grants, notifications, unitOfWork, subscriptionAccess);
        purchasesView = new PurchasesService(stores.productOrders(), polar.subscriptions(), subscriptionAccess);
        var orders = new FulfilmentWithHeldRefunds(new OrderFulfilmentService(stores.checkouts(),
                stores.productOrders(), grants, notifications, outbox, unitOfWork, subscriptions), refunds);
        accounts = new AccountService(ledger, notifications, stores.catalog(), access, stores.users(), clock);
        catalog = new CatalogService(stores.catalog(), polar.products(), settings);
        checkouts = new CheckoutService(polar.checkouts(),
                new CustomerIdentity(polar.customers(), stores.syncedCustomers()), polar.products(), stores.checkouts(),
                stores.users(), access, new SingleCheckout(stores.checkoutClaims(), stores.checkouts(), ids, clock),
                settings, clock);
        tracking = new CheckoutTrackingService(stores.checkouts(), ledger, stores.productOrders(), grants,
                polar.checkouts());
        confirmation = new CheckoutConfirmationService(tracking, polar.history(), cardDeposits, orders);
        purchases = new ContentPurchaseService(stores.catalog(), grants, ledger, notifications, unitOfWork, clock);
        migration = new EntitlementMigration(stores.legacyEntitlements(), grants, stores.catalog(), polar.products(),
                stores.productOrders());
        webhooks = new WebhookIntakeService(polar.webhooks(), stores.webhookInbox(),
                new PaymentEventHandler(cardDeposits, orders, subscriptions, refunds), clock);
        bankDeposits = new BankDepositService(new FileReceiptInspector(), stores.bankDeposits(), stores.receipts(),
                settings.currencies(), settings.bankDeposits(), ids, clock);
        reviews = new DepositReviewService(stores.bankDeposits(), ledger, notifications, outbox, unitOfWork, clock);
        unmatchedPayments = new UnmatchedPaymentService(unmatched, unitOfWork, cardCredit, creditCheck, clock);
        refundRequests = new RefundRequestService(ledger, stores.productOrders(), polar.refunds());
        refundableOrders = new RefundableOrders(ledger, stores.productOrders());
        audit = new AuditService(ledger, clock);
        reconciliation = new LoudReconciliation(new ReconciliationService(polar.history(), polar.deliveries(),
                stores.reconciliations(), ledger, cardDeposits, orders, refunds,
                new SubscriptionReconciliation(grants, polar.subscriptions(), subscriptions), clock));
        operations = new OperationsQueries(stores.webhookInbox(), outbox);
        sweep = new SweepService(new UnsettledEntries(ledger, unitOfWork, cardCredit, reviews, purchases, refunds,
                outbox, clock), stores.bankDeposits(), reviews, new ReceiptCleanup(stores.receipts(), stores.bankDeposits(), clock));
        dispatcher = new OutboxDispatcher(outbox, senders, "dispatcher-" + ids.newId(), clock);
    }

    /** What the HTTP server calls. */
    ServerUseCases serverUseCases() {
        return new ServerUseCases(accounts, accounts, accounts, catalog, catalog, checkouts, checkouts, tracking,
                confirmation,
                accounts, purchases, webhooks, bankDeposits, bankDeposits, reviews, unmatchedPayments,
                unmatchedPayments, audit, refundRequests, refundableOrders, audit, reconciliation, operations,
                purchasesView);
    }

    RememberUserUseCase rememberUser() {
        return accounts;
    }

    MigrateEntitlementsUseCase migrateEntitlements() {
        return migration;
    }

    SweepUseCase sweep() {
        return sweep;
    }

    ReplayInboxUseCase replayInbox() {
        return webhooks;
    }

    ReconcileUseCase reconcile() {
        return reconciliation;
    }

    DispatchOutboxUseCase outboxDispatcher() {
        return dispatcher;
    }
}
