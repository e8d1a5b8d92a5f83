package dev.plara.http.api;

import dev.plara.http.web.Access;
import dev.plara.http.web.ProblemType;
import dev.plara.http.web.Sessions;
import dev.plara.wallet.core.port.in.ViewPurchasesUseCase;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.net.URI;
import java.time.Clock;

/**
 * The signed-in user's purchases ({@code GET /api/purchases}: orders and subscriptions) and the way to manage a
 * subscription ({@code POST /api/purchases/portal}: a customer session of the provider's portal, back to
 * {@code /purchases}).
 */
public final class PurchasesHandler {

    private final ViewPurchasesUseCase purchases;
    private final Sessions sessions;
    private final URI publicBaseUrl;
    private final Clock clock;

    public PurchasesHandler(ViewPurchasesUseCase purchases, Sessions sessions, URI publicBaseUrl, Clock clock) {
        this.purchases = purchases;
        this.sessions = sessions;
        this.publicBaseUrl = publicBaseUrl;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/purchases", this::list, Access.SIGNED_IN);
        routes.post("/api/purchases/portal", this::portal, Access.SIGNED_IN);
    }

    private void list(Context ctx) {
        var user = sessions.required(ctx).user();
        ctx.json(PurchasesView.from(purchases.purchases(user), clock.instant()));
    }

    private void portal(Context ctx) {
        var user = sessions.required(ctx).user();
        var url = purchases.managePortal(user, publicBaseUrl.resolve("/purchases").toString())
                .orElseThrow(() -> ProblemType.NOT_FOUND.exception("you have nothing to manage at Polar yet: buy a"
                        + " subscription first"));
        ctx.json(new PortalView(url));
    }

    /** Where the provider's customer portal opens for this user. */
    record PortalView(String url) {
    }
}
