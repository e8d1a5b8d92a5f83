package dev.plara.http.api;

import dev.plara.http.web.Access;
import dev.plara.http.web.ProblemType;
import dev.plara.wallet.core.domain.ledger.WalletBalance;
import dev.plara.wallet.core.domain.payment.PaidTwice;
import dev.plara.wallet.core.domain.payment.RefundableOrder;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.in.FindRefundableOrdersUseCase;
import dev.plara.wallet.core.port.in.ListOverdrawnWalletsUseCase;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.List;

/**
 * What customers hold, for admins: the paid orders a refund can be asked for (found by an order id or a user id, each
 * with what is left to refund), the orders paid for what their buyer already held for good, and the wallets a refund
 * took below zero.
 */
public final class AdminAccountsHandler {

    private static final int MAX_SEARCH = 200;

    private final FindRefundableOrdersUseCase orders;
    private final ListOverdrawnWalletsUseCase overdrawn;

    public AdminAccountsHandler(FindRefundableOrdersUseCase orders, ListOverdrawnWalletsUseCase overdrawn) {
        this.orders = orders;
        this.overdrawn = overdrawn;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/admin/refundable-orders", this::refundable, Access.ADMIN);
        routes.get("/api/admin/paid-twice", ctx -> ctx.json(new PaidTwiceListView(orders.paidTwice().stream()
                .map(PaidTwiceView::from).toList())), Access.ADMIN);
        routes.get("/api/admin/overdrawn-wallets", ctx -> ctx.json(new OverdrawnView(overdrawn.overdrawn().stream()
                .map(OverdrawnWalletView::from).toList())), Access.ADMIN);
    }

    private void refundable(Context ctx) {
        var search = String.valueOf(ctx.queryParam("search")).strip();
        if (ctx.queryParam("search") == null || search.isEmpty() || search.length() > MAX_SEARCH) {
            throw ProblemType.INVALID_REQUEST.exception("query parameter 'search' must be an order id or a user id"
                    + " (1-" + MAX_SEARCH + " characters)");
        }
        var found = orders.order(search).map(List::of).orElseGet(() -> IdParser.parse(search, UserId::of)
                .map(orders::ofUser).orElse(List.of()));
        ctx.json(new RefundableOrdersView(search, found.stream().map(RefundableOrderView::from).toList()));
    }

    /** The orders an admin's search found. */
    record RefundableOrdersView(String search, List<RefundableOrderView> orders) {
    }

    /** One paid order: whose, what for, paid, refunded so far (confirmed by Polar) and still refundable. */
    record RefundableOrderView(String orderId, String userId, String kind, String what, MoneyView paid,
                               MoneyView refunded, MoneyView refundable, String paidAt) {
        static RefundableOrderView from(RefundableOrder order) {
            return new RefundableOrderView(order.orderId(), order.owner().value(),
                    order.walletDeposit() ? "wallet_deposit" : "purchase",
                    order.walletDeposit() ? "Wallet deposit" : order.what(), MoneyView.from(order.paid()),
                    MoneyView.from(order.refunded()), MoneyView.from(order.remaining()),
                    WireFormat.time(order.paidAt()));
        }
    }

    /** The latest orders paid for what their buyer already held for good. */
    record PaidTwiceListView(List<PaidTwiceView> orders) {
    }

    /** An order paid twice: whose, for what, both order ids, whether one was refunded yet, and what to do. */
    record PaidTwiceView(String userId, String email, String what, String orderId, String alsoCoveredBy, MoneyView paid,
                         boolean waiting, String advice, String paidAt) {
        static PaidTwiceView from(PaidTwice twice) {
            var order = twice.order();
            return new PaidTwiceView(order.owner().value(), order.email(), order.productName(), order.orderId(),
                    twice.alsoCoveredBy().orderId(), MoneyView.from(order.amount()), twice.waiting(), twice.advice(),
                    WireFormat.time(order.paidAt()));
        }
    }

    /** The wallets below zero. */
    record OverdrawnView(List<OverdrawnWalletView> wallets) {
    }

    /** A wallet below zero: whose, and by how much. */
    record OverdrawnWalletView(String userId, String currency, MoneyView balance) {
        static OverdrawnWalletView from(WalletBalance wallet) {
            return new OverdrawnWalletView(wallet.wallet().owner().value(), wallet.balance().currencyCode(),
                    MoneyView.from(wallet.balance()));
        }
    }
}
