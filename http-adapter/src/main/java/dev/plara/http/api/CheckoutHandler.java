package dev.plara.http.api;

import dev.plara.http.Principal;
import dev.plara.http.web.Access;
import dev.plara.http.web.ProblemType;
import dev.plara.http.web.RateLimiter;
import dev.plara.http.web.Requests;
import dev.plara.http.web.Sessions;
import dev.plara.wallet.core.port.in.BrowseCatalogUseCase;
import dev.plara.wallet.core.port.in.CheckoutResult;
import dev.plara.wallet.core.port.in.CheckAccessUseCase;
import dev.plara.wallet.core.port.in.ConfirmCheckoutUseCase;
import dev.plara.wallet.core.port.in.DepositOptionsUseCase;
import dev.plara.wallet.core.port.in.StartCardDepositUseCase.StartCardDeposit;
import dev.plara.wallet.core.port.in.StartCardDepositUseCase;
import dev.plara.wallet.core.port.in.StartProductCheckoutUseCase.StartProductCheckout;
import dev.plara.wallet.core.port.in.StartProductCheckoutUseCase;
import dev.plara.wallet.core.port.in.TrackCheckoutUseCase;
import dev.plara.wallet.core.port.in.TrackCheckoutUseCase.CheckoutProgress;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Paying through Polar: the products for sale (with what the signed-in user holds already), opening a checkout for a
 * product (signed in or as a guest with an email) or for a card deposit (signed in, with the amounts it offers), and
 * following a checkout's progress (and, when its webhook is late, fetching its paid order from Polar). Each
 * well-formed request to open a checkout, and each fetch, takes a token from its user's (or, for guests, its
 * address's) rate limit.
 */
public final class CheckoutHandler {

    private static final int MAX_CHECKOUT_ID = 200;

    private final ProductsCache products;
    private final DepositOptionsUseCase depositOptions;
    private final StartProductCheckoutUseCase productCheckouts;
    private final StartCardDepositUseCase cardDeposits;
    private final TrackCheckoutUseCase tracking;
    private final ConfirmCheckoutUseCase confirmation;
    private final CheckAccessUseCase access;
    private final Sessions sessions;
    private final Requests requests;
    private final RateLimiter limiter;
    private final Clock clock;

    public CheckoutHandler(BrowseCatalogUseCase catalog, DepositOptionsUseCase depositOptions,
                           StartProductCheckoutUseCase productCheckouts, StartCardDepositUseCase cardDeposits,
                           TrackCheckoutUseCase tracking, ConfirmCheckoutUseCase confirmation,
                           CheckAccessUseCase access, Sessions sessions,
                           Requests requests, RateLimiter limiter, Clock clock) {
        this.products = new ProductsCache(catalog, clock);
        this.depositOptions = depositOptions;
        this.productCheckouts = productCheckouts;
        this.cardDeposits = cardDeposits;
        this.tracking = tracking;
        this.confirmation = confirmation;
        this.access = access;
        this.sessions = sessions;
        this.requests = requests;
        this.limiter = limiter;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/products", this::products, Access.ANYONE);
        routes.post("/api/checkout", this::buyProduct, Access.ANYONE);
        routes.get("/api/deposits/card/options", ctx -> ctx.json(DepositOptionsView.from(
                depositOptions.cardDeposits(), depositOptions.walletCurrencies())), Access.ANYONE);
        routes.post("/api/deposits/card", this::depositByCard, Access.SIGNED_IN);
        routes.get("/api/checkouts/{id}", ctx -> progress(ctx, tracking::track), Access.ANYONE);
        routes.post("/api/checkouts/{id}/confirm", this::confirm, Access.ANYONE);
    }

    private void products(Context ctx) {
        var user = sessions.optional(ctx).map(Principal::user);
        ctx.json(Map.of("products", products.products().stream().map(product -> ProductView.from(product,
                user.flatMap(id -> access.holding(id, product)).orElse(null))).toList()));
    }

    private void buyProduct(Context ctx) {
        var signedIn = sessions.optional(ctx);
        var body = requests.json(ctx, "product_id", "email");
        limiter.take(ctx, signedIn.map(principal -> principal.user().value()).orElse("guest@" + ctx.ip()));
        var command = new StartProductCheckout(body.text("product_id"), body.optionalText("email").orElse(null),
                signedIn.map(Principal::profile).orElse(null));
        opened(ctx, productCheckouts.start(command));
    }

    private void depositByCard(Context ctx) {
        var principal = sessions.required(ctx);
        var amount = requests.json(ctx, "amount", "currency").money();
        limiter.take(ctx, principal.user().value());
        opened(ctx, cardDeposits.start(new StartCardDeposit(principal.profile(), amount)));
    }

    private void opened(Context ctx, CheckoutResult result) {
        var opened = Refusals.successOf(result);
        ctx.status(201).json(new OpenedView(opened.url(), opened.checkout().checkoutId()));
    }

    /** Where to send the browser to pay, and the id to follow the checkout by. */
    record OpenedView(String checkoutUrl, String checkoutId) {
    }

    /** The success page asks Plara to fetch a paid checkout's order from Polar when its webhook is late. */
    private void confirm(Context ctx) {
        limiter.take(ctx, sessions.optional(ctx).map(principal -> principal.user().value())
                .orElse("guest@" + ctx.ip()));
        progress(ctx, confirmation::confirm);
    }

    private void progress(Context ctx, Function<String, Optional<CheckoutProgress>> read) {
        var id = ctx.pathParam("id");
        var progress = id.length() > MAX_CHECKOUT_ID ? null : read.apply(id).orElse(null);
        if (progress == null) {
            throw ProblemType.NOT_FOUND.exception("Plara opened no checkout with that id");
        }
        var owner = progress.checkout().user().value().startsWith("guest:") || sessions.optional(ctx)
                .filter(principal -> principal.user().equals(progress.checkout().user())).isPresent();
        ctx.json(ProgressView.from(progress, owner, clock.instant()));
    }
}
