package dev.plara.wallet.core.embedding;

import dev.plara.wallet.core.domain.access.SubscriptionAccessPolicy;
import dev.plara.wallet.core.port.in.DispatchOutboxUseCase;
import dev.plara.wallet.core.port.out.IdGenerator;
import dev.plara.wallet.core.port.out.MessageSender;
import dev.plara.wallet.core.port.out.Outbox;
import dev.plara.wallet.core.port.out.ReceiptInspector;
import dev.plara.wallet.core.port.out.Ticker;
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

import java.time.Clock;
import java.util.List;

/** The services of a core wired by hand for {@link WalletCore}, each given only the ports it uses. */
final class CoreServices {

    final CheckoutService checkouts;
    final CardDepositService cardDeposits;
    final FulfilmentWithHeldRefunds fulfilment;
    final SubscriptionAccessService subscriptions;
    final PurchasesService purchasesView;
    final BankDepositService bankDeposits;
    final DepositReviewService reviews;
    final ContentPurchaseService purchases;
    final RefundService refunds;
    final RefundRequestService refundRequests;
    final RefundableOrders refundableOrders;
    final UnmatchedPaymentService unmatched;
    final AccountService accounts;
    final CatalogService catalog;
    final CheckoutTrackingService tracking;
    final AuditService audit;
    final SweepService sweep;
    final WebhookIntakeService webhooks;
    final ReconciliationService reconciliation;
    final CheckoutConfirmationService confirmation;
    final OperationsQueries operations;
    final EntitlementMigration migration;
    final Outbox outbox;
    final Clock clock;
    final IdGenerator ids;
    final Ticker ticker;

    CoreServices(WalletStores stores, PaymentProvider provider, ReceiptInspector receipts, WalletSettings settings,
                 Clock clock, IdGenerator ids, Ticker ticker) {
        var ledger = stores.ledger();
        var work = stores.unitOfWork();
        var currencies = settings.currencies();
        refunds = new RefundService(ledger, stores.refundTallies(), stores.orders(), stores.grants(), stores.unmatched(),
                stores.notifications(), stores.outbox(), work, SubscriptionAccessPolicy.defaults(), clock);
        var cardCredit = new CardCredit(ledger, stores.unmatched(), stores.notifications(), stores.outbox(), currencies,
                refunds);
        var creditCheck = new CardCreditCheck(stores.users(), currencies);
        var access = new AccessRules(stores.grants(), stores.catalog());
        checkouts = new CheckoutService(provider.checkouts(),
                new CustomerIdentity(provider.customers(), stores.syncedCustomers()), provider.products(),
                stores.checkouts(), stores.users(), access,
                new SingleCheckout(stores.checkoutClaims(), stores.checkouts(), provider.checkouts(), ids, clock),
                settings, clock);
        cardDeposits = new CardDepositService(ledger, stores.checkouts(), stores.unmatched(), work, cardCredit,
                creditCheck, clock);
        subscriptions = new SubscriptionAccessService(stores.grants(), stores.orders(), stores.notifications(), work,
                SubscriptionAccessPolicy.defaults());
        purchasesView = new PurchasesService(stores.orders(), provider.subscriptions(),
                SubscriptionAccessPolicy.defaults());
        fulfilment = new FulfilmentWithHeldRefunds(new OrderFulfilmentService(stores.checkouts(), stores.orders(),
                stores.grants(), stores.notifications(), stores.outbox(), work, subscriptions,
                SubscriptionAccessPolicy.defaults()), refunds);
        bankDeposits = new BankDepositService(receipts, stores.deposits(), stores.receipts(), currencies,
                settings.bankDeposits(), ids, clock);
        reviews = new DepositReviewService(stores.deposits(), ledger, stores.notifications(), stores.outbox(),
                work, clock);
        purchases = new ContentPurchaseService(stores.catalog(), stores.grants(), ledger,
                stores.notifications(), work, clock);
        refundRequests = new RefundRequestService(ledger, stores.orders(), provider.refunds());
        refundableOrders = new RefundableOrders(ledger, stores.orders());
        unmatched = new UnmatchedPaymentService(stores.unmatched(), work, cardCredit, creditCheck, clock);
        accounts = new AccountService(ledger, stores.notifications(), stores.catalog(), access, stores.users(),
                clock);
        catalog = new CatalogService(stores.catalog(), provider.products(), settings);
        tracking = new CheckoutTrackingService(stores.checkouts(), ledger, stores.orders(), stores.grants(),
                provider.checkouts());
        confirmation = new CheckoutConfirmationService(tracking, provider.history(), cardDeposits, fulfilment);
        audit = new AuditService(ledger, clock);
        sweep = new SweepService(new UnsettledEntries(ledger, work, cardCredit, reviews, purchases, refunds,
                stores.outbox(), clock), stores.deposits(), reviews, new ReceiptCleanup(stores.receipts(), stores.deposits(), clock));
        webhooks = new WebhookIntakeService(provider.webhooks(), stores.inbox(),
                new PaymentEventHandler(cardDeposits, fulfilment, subscriptions, refunds), clock);
        reconciliation = new ReconciliationService(provider.history(), provider.deliveries(),
                stores.reconciliations(), ledger, cardDeposits, fulfilment, refunds,
                new SubscriptionReconciliation(stores.grants(), provider.subscriptions(), subscriptions), clock);
        migration = new EntitlementMigration(stores.legacyEntitlements(), stores.grants(), stores.catalog(),
                provider.products(), stores.orders());
        operations = new OperationsQueries(stores.inbox(), stores.outbox());
        outbox = stores.outbox();
        this.clock = clock;
        this.ids = ids;
        this.ticker = ticker;
    }

    DispatchOutboxUseCase outboxDispatcher(List<MessageSender> senders) {
        return new OutboxDispatcher(outbox, senders, "dispatcher-" + ids.newId(), clock, ticker);
    }
}
