package dev.plara.wallet.core.embedding;

import dev.plara.wallet.core.port.in.ApplyRefundUseCase;
import dev.plara.wallet.core.port.in.AssignUnmatchedPaymentUseCase;
import dev.plara.wallet.core.port.in.AuditLedgerUseCase;
import dev.plara.wallet.core.port.in.BrowseCatalogUseCase;
import dev.plara.wallet.core.port.in.ChangeSubscriptionUseCase;
import dev.plara.wallet.core.port.in.CheckAccessUseCase;
import dev.plara.wallet.core.port.in.ConfirmCardPaymentUseCase;
import dev.plara.wallet.core.port.in.ConfirmCheckoutUseCase;
import dev.plara.wallet.core.port.in.DepositOptionsUseCase;
import dev.plara.wallet.core.port.in.DispatchOutboxUseCase;
import dev.plara.wallet.core.port.in.FindRefundableOrdersUseCase;
import dev.plara.wallet.core.port.in.FulfilProductOrderUseCase;
import dev.plara.wallet.core.port.in.ListDepositsUseCase;
import dev.plara.wallet.core.port.in.ListOverdrawnWalletsUseCase;
import dev.plara.wallet.core.port.in.ListUnmatchedPaymentsUseCase;
import dev.plara.wallet.core.port.in.MigrateEntitlementsUseCase;
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
import dev.plara.wallet.core.port.in.ViewPurchasesUseCase;
import dev.plara.wallet.core.port.in.ViewWalletUseCase;
import dev.plara.wallet.core.port.out.IdGenerator;
import dev.plara.wallet.core.port.out.MessageSender;
import dev.plara.wallet.core.port.out.ReceiptInspector;
import dev.plara.wallet.core.port.out.Ticker;
import dev.plara.wallet.core.service.WalletSettings;

import java.time.Clock;
import java.util.List;

/**
 * The wallet core wired by hand, for services that embed it: give it the stores, the payment provider, a receipt
 * inspector, the settings, a clock and an id source, and take the use cases it offers, one per component. Plara's own
 * server wires the same services itself, in its app.
 */
public record WalletCore(
        StartCardDepositUseCase startCardDeposit,
        ConfirmCardPaymentUseCase confirmCardPayment,
        StartProductCheckoutUseCase startProductCheckout,
        FulfilProductOrderUseCase fulfilProductOrder,
        ChangeSubscriptionUseCase changeSubscription,
        SubmitBankDepositUseCase submitBankDeposit,
        ListDepositsUseCase listDeposits,
        ReviewBankDepositUseCase reviewBankDeposit,
        PurchaseContentUseCase purchaseContent,
        ApplyRefundUseCase applyRefund,
        RequestRefundUseCase requestRefund,
        FindRefundableOrdersUseCase findRefundableOrders,
        AssignUnmatchedPaymentUseCase assignUnmatchedPayment,
        ListUnmatchedPaymentsUseCase listUnmatchedPayments,
        ViewWalletUseCase viewWallet,
        NotificationsUseCase notifications,
        CheckAccessUseCase checkAccess,
        RememberUserUseCase rememberUser,
        BrowseCatalogUseCase browseCatalog,
        DepositOptionsUseCase depositOptions,
        TrackCheckoutUseCase trackCheckout,
        ConfirmCheckoutUseCase confirmCheckout,
        AuditLedgerUseCase auditLedger,
        ListOverdrawnWalletsUseCase listOverdrawnWallets,
        SweepUseCase sweep,
        ReceiveWebhookUseCase receiveWebhook,
        ReplayInboxUseCase replayInbox,
        ReconcileUseCase reconcile,
        ViewOperationsUseCase viewOperations,
        MigrateEntitlementsUseCase migrateEntitlements,
        ViewPurchasesUseCase viewPurchases,
        OutboxDispatchers outboxDispatchers) {

    /** A core whose outbox dispatchers time their batches on this machine's monotonic ticker. */
    public WalletCore(WalletStores stores, PaymentProvider provider, ReceiptInspector receipts, WalletSettings settings,
                      Clock clock, IdGenerator ids) {
        this(stores, provider, receipts, settings, clock, ids, System::nanoTime);
    }

    /** A core whose outbox dispatchers time their batches on {@code ticker} (a test's clock, say). */
    public WalletCore(WalletStores stores, PaymentProvider provider, ReceiptInspector receipts, WalletSettings settings,
                      Clock clock, IdGenerator ids, Ticker ticker) {
        this(new CoreServices(stores, provider, receipts, settings, clock, ids, ticker));
    }

    private WalletCore(CoreServices core) {
        this(core.checkouts, core.cardDeposits, core.checkouts, core.fulfilment, core.subscriptions, core.bankDeposits,
                core.bankDeposits, core.reviews, core.purchases, core.refunds, core.refundRequests,
                core.refundableOrders, core.unmatched, core.unmatched, core.accounts, core.accounts, core.accounts,
                core.accounts, core.catalog, core.catalog, core.tracking, core.confirmation, core.audit, core.audit,
                core.sweep, core.webhooks, core.webhooks, core.reconciliation, core.operations, core.migration,
                core.purchasesView, core::outboxDispatcher);
    }

    /** A dispatcher sending this core's outbox through {@code senders}, one worker among any number of instances. */
    public DispatchOutboxUseCase outboxDispatcher(List<MessageSender> senders) {
        return outboxDispatchers.dispatcherFor(senders);
    }

    /** Makes outbox dispatchers for a set of senders, each a worker of its own. */
    @FunctionalInterface
    public interface OutboxDispatchers {
        DispatchOutboxUseCase dispatcherFor(List<MessageSender> senders);
    }
}
