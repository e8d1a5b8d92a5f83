package dev.plara.http;

import dev.plara.wallet.core.port.in.AssignUnmatchedPaymentUseCase;
import dev.plara.wallet.core.port.in.AuditLedgerUseCase;
import dev.plara.wallet.core.port.in.BrowseCatalogUseCase;
import dev.plara.wallet.core.port.in.CheckAccessUseCase;
import dev.plara.wallet.core.port.in.ConfirmCheckoutUseCase;
import dev.plara.wallet.core.port.in.DepositOptionsUseCase;
import dev.plara.wallet.core.port.in.FindRefundableOrdersUseCase;
import dev.plara.wallet.core.port.in.ListDepositsUseCase;
import dev.plara.wallet.core.port.in.ListOverdrawnWalletsUseCase;
import dev.plara.wallet.core.port.in.ListUnmatchedPaymentsUseCase;
import dev.plara.wallet.core.port.in.NotificationsUseCase;
import dev.plara.wallet.core.port.in.PurchaseContentUseCase;
import dev.plara.wallet.core.port.in.ReceiveWebhookUseCase;
import dev.plara.wallet.core.port.in.ReconcileUseCase;
import dev.plara.wallet.core.port.in.RememberUserUseCase;
import dev.plara.wallet.core.port.in.RequestRefundUseCase;
import dev.plara.wallet.core.port.in.ReviewBankDepositUseCase;
import dev.plara.wallet.core.port.in.StartCardDepositUseCase;
import dev.plara.wallet.core.port.in.StartProductCheckoutUseCase;
import dev.plara.wallet.core.port.in.SubmitBankDepositUseCase;
import dev.plara.wallet.core.port.in.TrackCheckoutUseCase;
import dev.plara.wallet.core.port.in.ViewOperationsUseCase;
import dev.plara.wallet.core.port.in.ViewPurchasesUseCase;
import dev.plara.wallet.core.port.in.ViewWalletUseCase;

import java.util.Objects;
import java.util.stream.Stream;

/**
 * Every use case the HTTP server calls, and nothing else of the core: each handler is given the few it needs.
 */
public record ServerUseCases(
        RememberUserUseCase rememberUser,
        NotificationsUseCase notifications,
        ViewWalletUseCase viewWallet,
        BrowseCatalogUseCase browseCatalog,
        DepositOptionsUseCase depositOptions,
        StartProductCheckoutUseCase startProductCheckout,
        StartCardDepositUseCase startCardDeposit,
        TrackCheckoutUseCase trackCheckout,
        ConfirmCheckoutUseCase confirmCheckout,
        CheckAccessUseCase checkAccess,
        PurchaseContentUseCase purchaseContent,
        ReceiveWebhookUseCase receiveWebhook,
        SubmitBankDepositUseCase submitBankDeposit,
        ListDepositsUseCase listDeposits,
        ReviewBankDepositUseCase reviewBankDeposit,
        ListUnmatchedPaymentsUseCase listUnmatchedPayments,
        AssignUnmatchedPaymentUseCase assignUnmatchedPayment,
        AuditLedgerUseCase auditLedger,
        RequestRefundUseCase requestRefund,
        FindRefundableOrdersUseCase findRefundableOrders,
        ListOverdrawnWalletsUseCase listOverdrawnWallets,
        ReconcileUseCase reconcile,
        ViewOperationsUseCase viewOperations,
        ViewPurchasesUseCase viewPurchases) {

    public ServerUseCases {
        Stream.of(rememberUser, notifications, viewWallet, browseCatalog, depositOptions, startProductCheckout,
                startCardDeposit, trackCheckout, confirmCheckout, checkAccess, purchaseContent, receiveWebhook, submitBankDeposit,
                listDeposits, reviewBankDeposit, listUnmatchedPayments, assignUnmatchedPayment, auditLedger,
                requestRefund, findRefundableOrders, listOverdrawnWallets, reconcile, viewOperations, viewPurchases).forEach(useCase -> Objects.requireNonNull(useCase, "use case"));
    }
}
