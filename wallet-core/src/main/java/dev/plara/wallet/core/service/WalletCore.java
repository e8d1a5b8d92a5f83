package dev.plara.wallet.core.service;

import dev.plara.wallet.core.port.in.ApplyRefundUseCase;
import dev.plara.wallet.core.port.in.AssignUnmatchedPaymentUseCase;
import dev.plara.wallet.core.port.in.AuditLedgerUseCase;
import dev.plara.wallet.core.port.in.BrowseCatalogUseCase;
import dev.plara.wallet.core.port.in.ChangeSubscriptionUseCase;
import dev.plara.wallet.core.port.in.CheckAccessUseCase;
import dev.plara.wallet.core.port.in.ConfirmCardPaymentUseCase;
import dev.plara.wallet.core.port.in.DepositOptionsUseCase;
import dev.plara.wallet.core.port.in.DispatchOutboxUseCase;
import dev.plara.wallet.core.port.in.FulfilProductOrderUseCase;
import dev.plara.wallet.core.port.in.ListDepositsUseCase;
import dev.plara.wallet.core.port.in.ListUnmatchedPaymentsUseCase;
import dev.plara.wallet.core.port.in.NotificationsUseCase;
import dev.plara.wallet.core.port.in.PurchaseContentUseCase;
import dev.plara.wallet.core.port.in.ReceiveWebhookUseCase;
import dev.plara.wallet.core.port.in.ReconcileUseCase;
import dev.plara.wallet.core.port.in.RememberUserUseCase;
import dev.plara.wallet.core.port.in.ReplayInboxUseCase;
import dev.plara.wallet.core.port.in.RequestRefundUseCase;
import dev.plara.wallet.core.port.in.ReviewBankDepositUseCase;
import dev.plara.wallet.core.port.in.StartCardDepositUseCase;
import dev.plara.wallet.core.port.in.StartProductCheckoutUseCase;
import dev.plara.wallet.core.port.in.SubmitBankDepositUseCase;
import dev.plara.wallet.core.port.in.SweepUseCase;
import dev.plara.wallet.core.port.in.TrackCheckoutUseCase;
import dev.plara.wallet.core.port.in.ViewOperationsUseCase;
import dev.plara.wallet.core.port.in.ViewWalletUseCase;
import dev.plara.wallet.core.port.out.IdGenerator;
import dev.plara.wallet.core.port.out.MessageSender;
import dev.plara.wallet.core.port.out.Outbox;
import dev.plara.wallet.core.port.out.ReceiptInspector;

import java.time.Clock;
import java.util.List;

/**
 * The wallet core wired by hand, for services that embed it: give it the stores, the payment provider, a receipt
 * inspector, the settings, a clock and an id source, and take the use cases it offers. Plara's own server wires the same services itself.
 */
public final class WalletCore {

    private final CheckoutService checkouts;
    private final CardDepositService cardDeposits;
    private final OrderFulfilmentService fulfilment;
    private final BankDepositService bankDeposits;
    private final DepositReviewService reviews;
    private final ContentPurchaseService purchases;
    private final RefundService refunds;
    private final RefundRequestService refundRequests;
    private final UnmatchedPaymentService unmatched;
    private final AccountService accounts;
    private final CatalogService catalog;
    private final CheckoutTrackingService tracking;
    private final AuditService audit;
    private final SweepService sweep;
    private final WebhookIntakeService webhooks;
    private final ReconciliationService reconciliation;
    private final OperationsQueries operations;
    private final Outbox outbox;
    private final Clock clock;
    private final IdGenerator ids;

    public WalletCore(WalletStores stores, PaymentProvider provider, ReceiptInspector receipts, WalletSettings settings,
                      Clock clock, IdGenerator ids) {
        var ledger = stores.ledger();
        var work = stores.unitOfWork();
        var currencies = settings.currencies();
        var cardCredit = new CardCredit(ledger, stores.unmatched(), stores.notifications(), stores.outbox(), currencies);
        var creditCheck = new CardCreditCheck(stores.users(), currencies);
        this.checkouts = new CheckoutService(provider.checkouts(), provider.products(), stores.checkouts(),
                stores.users(), settings, clock);
        this.cardDeposits = new CardDepositService(ledger, stores.checkouts(), stores.unmatched(), work, cardCredit,
                creditCheck, clock);
        this.fulfilment = new OrderFulfilmentService(stores.checkouts(), stores.orders(), stores.entitlements(),
                stores.notifications(), stores.outbox(), work);
        this.bankDeposits = new BankDepositService(receipts, stores.deposits(), stores.receipts(), currencies, ids, clock);
        this.reviews = new DepositReviewService(stores.deposits(), ledger, stores.notifications(), stores.outbox(),
                work, clock);
        this.purchases = new ContentPurchaseService(stores.catalog(), stores.entitlements(), ledger,
                stores.notifications(), work, clock);
        this.refunds = new RefundService(ledger, stores.orders(), stores.entitlements(), stores.unmatched(),
                stores.notifications(), stores.outbox(), work, clock);
        this.refundRequests = new RefundRequestService(ledger, stores.orders(), provider.refunds());
        this.unmatched = new UnmatchedPaymentService(stores.unmatched(), work, cardCredit, creditCheck, clock);
        this.accounts = new AccountService(ledger, stores.notifications(), stores.entitlements(), stores.users(), clock);
        this.catalog = new CatalogService(stores.catalog(), provider.products(), settings);
        this.tracking = new CheckoutTrackingService(stores.checkouts(), ledger, stores.orders(), stores.entitlements(),
                provider.checkouts());
        this.audit = new AuditService(ledger, clock);
        this.sweep = new SweepService(ledger, stores.deposits(), work, cardCredit, reviews, purchases, refunds,
                new ReceiptCleanup(stores.receipts(), stores.deposits(), clock));
        this.webhooks = new WebhookIntakeService(provider.webhooks(), stores.inbox(),
                new PaymentEventHandler(cardDeposits, fulfilment, fulfilment, refunds), clock);
        this.reconciliation = new ReconciliationService(provider.history(), stores.reconciliations(), ledger,
                cardDeposits, fulfilment, refunds, clock);
        this.operations = new OperationsQueries(stores.inbox(), stores.outbox());
        this.outbox = stores.outbox();
        this.clock = clock;
        this.ids = ids;
    }

    /** A dispatcher sending this core's outbox through {@code senders}, one worker among any number of instances. */
    public DispatchOutboxUseCase outboxDispatcher(List<MessageSender> senders) {
        return new OutboxDispatcher(outbox, senders, "dispatcher-" + ids.newId(), clock);
    }

    public StartCardDepositUseCase startCardDeposit() {
        return checkouts;
    }

    public ConfirmCardPaymentUseCase confirmCardPayment() {
        return cardDeposits;
    }

    public StartProductCheckoutUseCase startProductCheckout() {
        return checkouts;
    }

    public FulfilProductOrderUseCase fulfilProductOrder() {
        return fulfilment;
    }

    public ChangeSubscriptionUseCase changeSubscription() {
        return fulfilment;
    }

    public SubmitBankDepositUseCase submitBankDeposit() {
        return bankDeposits;
    }

    public ListDepositsUseCase listDeposits() {
        return bankDeposits;
    }

    public ReviewBankDepositUseCase reviewBankDeposit() {
        return reviews;
    }

    public PurchaseContentUseCase purchaseContent() {
        return purchases;
    }

    public ApplyRefundUseCase applyRefund() {
        return refunds;
    }

    public RequestRefundUseCase requestRefund() {
        return refundRequests;
    }

    public AssignUnmatchedPaymentUseCase assignUnmatchedPayment() {
        return unmatched;
    }

    public ListUnmatchedPaymentsUseCase listUnmatchedPayments() {
        return unmatched;
    }

    public ViewWalletUseCase viewWallet() {
        return accounts;
    }

    public NotificationsUseCase notifications() {
        return accounts;
    }

    public CheckAccessUseCase checkAccess() {
        return accounts;
    }

    public RememberUserUseCase rememberUser() {
        return accounts;
    }

    public BrowseCatalogUseCase browseCatalog() {
        return catalog;
    }

    public DepositOptionsUseCase depositOptions() {
        return catalog;
    }

    public TrackCheckoutUseCase trackCheckout() {
        return tracking;
    }

    public AuditLedgerUseCase auditLedger() {
        return audit;
    }

    public SweepUseCase sweep() {
        return sweep;
    }

    public ReceiveWebhookUseCase receiveWebhook() {
        return webhooks;
    }

    public ReplayInboxUseCase replayInbox() {
        return webhooks;
    }

    public ReconcileUseCase reconcile() {
        return reconciliation;
    }

    public ViewOperationsUseCase viewOperations() {
        return operations;
    }
}
