package dev.plara.http.api;

import dev.plara.http.web.Access;
import dev.plara.http.web.ProblemType;
import dev.plara.http.web.Requests;
import dev.plara.http.web.SafeText;
import dev.plara.http.web.Sessions;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.port.in.BrowseCatalogUseCase;
import dev.plara.wallet.core.port.in.CheckAccessUseCase;
import dev.plara.wallet.core.port.in.PurchaseContentUseCase.PurchaseContent;
import dev.plara.wallet.core.port.in.PurchaseContentUseCase.PurchaseResult;
import dev.plara.wallet.core.port.in.PurchaseContentUseCase;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Content for wallet balance: the catalog (with what opens for the caller and why), buying an item, one's grants, and
 * the one access check for an item ({@code GET /api/access/{item_id}}).
 */
public final class ContentHandler {

    private final BrowseCatalogUseCase catalog;
    private final CheckAccessUseCase access;
    private final PurchaseContentUseCase purchases;
    private final Sessions sessions;
    private final Requests requests;
    private final Clock clock;

    public ContentHandler(BrowseCatalogUseCase catalog, CheckAccessUseCase access, PurchaseContentUseCase purchases,
                          Sessions sessions, Requests requests, Clock clock) {
        this.catalog = catalog;
        this.access = access;
        this.purchases = purchases;
        this.sessions = sessions;
        this.requests = requests;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/catalog", this::catalog, Access.ANYONE);
        routes.post("/api/purchases", this::purchase, Access.SIGNED_IN);
        routes.get("/api/grants", this::grants, Access.SIGNED_IN);
        routes.get("/api/access/{item_id}", this::access, Access.SIGNED_IN);
    }

    private void catalog(Context ctx) {
        var user = sessions.optional(ctx).map(principal -> principal.user());
        var now = clock.instant();
        var items = user.map(id -> access.catalogAccess(id).stream()
                        .map(decision -> CatalogItemView.from(decision.item(), decision, now)).toList())
                .orElseGet(() -> catalog.items().stream().map(item -> CatalogItemView.from(item, null, now)).toList());
        ctx.json(Map.of("items", items));
    }

    private void access(Context ctx) {
        var user = sessions.required(ctx).user();
        var value = ctx.pathParam("item_id");
        var found = IdParser.parse(value, ItemId::of).flatMap(id -> access.access(user, id));
        ctx.json(AccessView.from(found.orElseThrow(() -> unknown(value)), clock.instant()));
    }

    private void purchase(Context ctx) {
        var user = sessions.required(ctx).user();
        var purchased = Refusals.successOf(purchases.purchase(new PurchaseContent(user,
                itemId(requests.json(ctx, "item_id").text("item_id")))));
        ctx.status(201).json(PurchaseView.from(purchased, clock.instant()));
    }

    private void grants(Context ctx) {
        var user = sessions.required(ctx).user();
        var now = clock.instant();
        ctx.json(Map.of("grants", access.grants(user).stream().map(grant -> GrantView.from(grant, now)).toList()));
    }

    /** A purchase made: what was bought, for how much, the wallet balance after, and the access it grants. */
    record PurchaseView(String itemId, String title, MoneyView price, MoneyView balance, GrantView access) {
        static PurchaseView from(PurchaseResult.Purchased purchased, Instant now) {
            return new PurchaseView(purchased.item().id().value(), purchased.item().title(),
                    MoneyView.from(purchased.item().price()), MoneyView.from(purchased.balance().balance()),
                    GrantView.from(purchased.grant(), now));
        }
    }

    private static ItemId itemId(String value) {
        return IdParser.parse(value, ItemId::of).orElseThrow(() -> unknown(value));
    }

    private static RuntimeException unknown(String value) {
        return ProblemType.UNKNOWN_ITEM.exception("nothing with id '" + SafeText.clip(value, 64) + "' is for sale");
    }
}
