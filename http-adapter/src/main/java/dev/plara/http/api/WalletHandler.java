package dev.plara.http.api;

import dev.plara.http.web.Access;
import dev.plara.http.web.Requests;
import dev.plara.http.web.Sessions;
import dev.plara.wallet.core.port.in.ViewWalletUseCase;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.List;


/** The signed-in user's own wallets: balances per currency and the paginated history of entries. */
public final class WalletHandler {

    private final ViewWalletUseCase wallet;
    private final Sessions sessions;
    private final Requests requests;

    public WalletHandler(ViewWalletUseCase wallet, Sessions sessions, Requests requests) {
        this.wallet = wallet;
        this.sessions = sessions;
        this.requests = requests;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/wallet", this::balances, Access.SIGNED_IN);
        routes.get("/api/wallet/transactions", this::transactions, Access.SIGNED_IN);
    }

    private void balances(Context ctx) {
        var user = sessions.required(ctx).user();
        ctx.json(new WalletView(user.value(), wallet.balances(user).stream().map(BalanceView::from).toList()));
    }

    /** A user's wallets, one per currency. */
    record WalletView(String userId, List<BalanceView> balances) {
    }

    private void transactions(Context ctx) {
        var user = sessions.required(ctx).user();
        ctx.json(PageView.from(wallet.history(user, requests.page(ctx)), EntryView::from));
    }
}
