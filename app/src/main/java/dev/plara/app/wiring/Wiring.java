package dev.plara.app.wiring;

import dev.plara.app.receipts.FileReceiptInspector;
import dev.plara.http.ServerUseCases;
import dev.plara.mongo.MongoPlaraStores;
import dev.plara.wallet.core.domain.access.SubscriptionAccessPolicy;
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
import dev.plara.wallet.core.service.CatalogService;
import dev.plara.wallet.core.service.CheckoutConfirmationService;
import dev.plara.wallet.core.service.CheckoutService;
import dev.plara.wallet.core.service.CheckoutTrackingService;
import dev.plara.wallet.core.service.ContentPurchaseService;
import dev.plara.wallet.core.service.CustomerIdentity;
import dev.plara.wallet.core.service.DepositReviewService;
import dev.plara.wallet.core.service.EntitlementMigration;
import dev.plara.wallet.core.service.PurchasesService;
import dev.plara.wallet.core.service.PaymentEventHandler;
import dev.plara.wallet.core.service.RefundRequestService;
import dev.plara.wallet.core.service.RefundableOrders;
import dev.plara.wallet.core.service.SingleCheckout;
import dev.plara.wallet.core.service.UnmatchedPaymentService;
import dev.plara.wallet.core.service.WalletSettings;
import dev.plara.wallet.core.service.WebhookIntakeService;

import java.time.Clock;
import java.util.List;

/**
 * Plara's one wiring place: every core service built by hand from the MongoDB stores and Polar's adapters (the shared
 * payment ones in {@link PaymentWiring}, those of its own running in {@link OperationsWiring}), each given only the
 * ports it uses, then the use cases for HTTP and the jobs.
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
    private final OperationsWiring operations;
    private final PurchasesService purchasesView;
    private final EntitlementMigration migration;

    Wiring(MongoPlaraStores stores, PaymentProvider polar, WalletSettings settings,
           SubscriptionAccessPolicy subscriptionAccess, List<MessageSender> senders, Clock clock, IdGenerator ids) {
        var payments = PaymentWiring.of(stores, settings, subscriptionAccess, clock);
        var ledger = stores.ledger();
        var unitOfWork = stores.unitOfWork();
        var operationStores = stores.operations();
        var notifications = operationStores.notifications();
        var outbox = operationStores.outbox();
        var deposits = stores.deposits();
        var grants = stores.grants();
        var paymentStores = stores.payments();
        var access = new AccessRules(grants, stores.catalog());
        purchasesView = new PurchasesService(paymentStores.productOrders(), polar.subscriptions(), subscriptionAccess);
        accounts = new AccountService(ledger, notifications, stores.catalog(), access, stores.users(), clock);
        catalog = new CatalogService(stores.catalog(), polar.products(), settings);
        checkouts = new CheckoutService(polar.checkouts(),
                new CustomerIdentity(polar.customers(), stores.syncedCustomers()), polar.products(),
                paymentStores.checkouts(), stores.users(), access, new SingleCheckout(paymentStores.checkoutClaims(),
                paymentStores.checkouts(), polar.checkouts(), ids, clock), settings, clock);
        tracking = new CheckoutTrackingService(paymentStores.checkouts(), ledger, paymentStores.productOrders(), grants,
                polar.checkouts());
        confirmation = new CheckoutConfirmationService(tracking, polar.history(), payments.cardDeposits(),
                payments.orders());
        purchases = new ContentPurchaseService(stores.catalog(), grants, ledger, notifications, unitOfWork, clock);
        migration = new EntitlementMigration(stores.legacyEntitlements(), grants, stores.catalog(), polar.products(),
                paymentStores.productOrders());
        webhooks = new WebhookIntakeService(polar.webhooks(), operationStores.webhookInbox(), new PaymentEventHandler(
                payments.cardDeposits(), payments.orders(), payments.subscriptions(), payments.refunds()), clock);
        bankDeposits = new BankDepositService(new FileReceiptInspector(), deposits.bankDeposits(), deposits.receipts(),
                settings.currencies(), settings.bankDeposits(), ids, clock);
        reviews = new DepositReviewService(deposits.bankDeposits(), ledger, notifications, outbox, unitOfWork, clock);
        unmatchedPayments = new UnmatchedPaymentService(paymentStores.unmatchedPayments(), unitOfWork,
                payments.cardCredit(), payments.creditCheck(), clock);
        refundRequests = new RefundRequestService(ledger, paymentStores.productOrders(), polar.refunds());
        refundableOrders = new RefundableOrders(ledger, paymentStores.productOrders());
        audit = new AuditService(ledger, clock);
        operations = OperationsWiring.of(stores, polar, payments, reviews, purchases, senders, clock, ids);
    }

    /** What the HTTP server calls. */
    ServerUseCases serverUseCases() {
        return new ServerUseCases(accounts, accounts, accounts, catalog, catalog, checkouts, checkouts, tracking,
                confirmation, accounts, purchases, webhooks, bankDeposits, bankDeposits, reviews, unmatchedPayments,
                unmatchedPayments, audit, refundRequests, refundableOrders, audit, operations.reconciliation(),
                operations.queries(), purchasesView);
    }

    RememberUserUseCase rememberUser() {
        return accounts;
    }

    MigrateEntitlementsUseCase migrateEntitlements() {
        return migration;
    }

    SweepUseCase sweep() {
        return operations.sweep();
    }

    ReplayInboxUseCase replayInbox() {
        return webhooks;
    }

    ReconcileUseCase reconcile() {
        return operations.reconciliation();
    }

    DispatchOutboxUseCase outboxDispatcher() {
        return operations.dispatcher();
    }
}
