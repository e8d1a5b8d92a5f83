package dev.plara.http;

import dev.plara.http.api.AccountHandler;
import dev.plara.http.api.AdminAccountsHandler;
import dev.plara.http.api.AdminDepositHandler;
import dev.plara.http.api.AdminOperationsHandler;
import dev.plara.http.api.AdminPaymentsHandler;
import dev.plara.http.api.CheckoutHandler;
import dev.plara.http.api.ContentHandler;
import dev.plara.http.api.DemoSignInHandler;
import dev.plara.http.api.DepositHandler;
import dev.plara.http.api.HealthHandler;
import dev.plara.http.api.MediaHandler;
import dev.plara.http.api.OpenApiHandler;
import dev.plara.http.api.SignOutHandler;
import dev.plara.http.api.PurchasesHandler;
import dev.plara.http.api.WalletHandler;
import dev.plara.http.api.WebhookHandler;
import dev.plara.http.pages.ApiDocsPage;
import dev.plara.http.pages.ErrorPages;
import dev.plara.http.pages.PagesHandler;
import dev.plara.http.pages.Visitors;
import dev.plara.http.web.Cookies;
import dev.plara.http.web.Cors;
import dev.plara.http.web.CsrfTokens;
import dev.plara.http.web.Json;
import dev.plara.http.web.ProblemResponder;
import dev.plara.http.web.ProblemType;
import dev.plara.http.web.RateLimiter;
import dev.plara.http.web.RememberedUsers;
import dev.plara.http.web.RequestLocales;
import dev.plara.http.web.RequestIds;
import dev.plara.http.web.Requests;
import dev.plara.http.web.SafeText;
import dev.plara.http.web.SecurityHeaders;
import dev.plara.http.web.Sessions;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashSet;
import java.util.List;

/** Wires the server by hand: the filters every request passes, then each area's handler with its routes. */
final class ServerRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(PlaraServer.class);

    private final HttpSettings settings;
    private final ServerUseCases core;
    private final List<ReadinessCheck> readiness;
    private final DemoSignIn demo;
    private final RequestLocales locales = new RequestLocales();
    private final Json json = new Json(locales);
    private final RequestIds requestIds = new RequestIds();
    private final Requests requests = new Requests(json);
    private final Cookies cookies;
    private final CsrfTokens csrf;
    private final Sessions sessions;
    private final Visitors visitors;
    private final ErrorPages errorPages;

    ServerRoutes(HttpSettings settings, ServerUseCases core, Authenticator authenticator, List<ReadinessCheck> readiness,
                 DemoSignIn demo) {
        this.settings = settings;
        this.core = core;
        this.readiness = readiness;
        this.demo = demo;
        this.cookies = new Cookies(settings.secureCookies());
        this.csrf = new CsrfTokens(cookies);
        this.sessions = new Sessions(authenticator, new RememberedUsers(core.rememberUser()), csrf);
        this.visitors = new Visitors(sessions, core.notifications(), demo != null);
        this.errorPages = new ErrorPages(visitors);
    }

    void configure(JavalinConfig config) {
        config.jsonMapper(json);
        var responder = new ProblemResponder(json, requestIds, errorPages);
        var cors = new Cors(new HashSet<>(settings.corsOrigins()));
        var headers = new SecurityHeaders(settings.https());
        var routes = config.routes;
        routes.before(requestIds::assign);
        routes.before(locales::assign);
        routes.after(locales::clear);
        routes.before(headers::apply);
        routes.before(cors::apply);
        routes.beforeMatched(sessions::check);
        routes.exception(Exception.class, responder::handle);
        routes.error(404, ctx -> {
            if (!responder.answered(ctx)) {
                responder.respond(ctx, ProblemType.NOT_FOUND.problem("nothing here: " + ctx.method() + " " + ctx.path()));
            }
        });
        config.requestLogger.http((ctx, millis) -> LOG.info("[{}] {} {} {} {}ms", requestIds.of(ctx), ctx.method(),
                SafeText.clip(ctx.path(), 200), ctx.statusCode(), Math.round(millis)));
        pages(config);
        api(config.routes);
    }

    /** The pages, what they share with the API (health, sign-out, demo sign-in) and the API's description. */
    private void pages(JavalinConfig config) {
        var routes = config.routes;
        var health = new HealthHandler(readiness, demo != null);
        health.register(routes);
        new PagesHandler(visitors, errorPages, health::root).register(config);
        new ApiDocsPage(visitors).register(routes);
        new OpenApiHandler().register(routes);
        new SignOutHandler(cookies, demo != null).register(routes);
        if (demo != null) {
            new DemoSignInHandler(demo, cookies, csrf, requests, visitors).register(routes);
        }
    }

    private void api(RoutesConfig routes) {
        var clock = settings.clock();
        var limits = settings.rateLimits();
        new AccountHandler(core.notifications(), sessions, requests).register(routes);
        new WalletHandler(core.viewWallet(), sessions, requests).register(routes);
        new CheckoutHandler(core.browseCatalog(), core.depositOptions(), core.startProductCheckout(),
                core.startCardDeposit(), core.trackCheckout(), core.confirmCheckout(), core.checkAccess(), sessions,
                requests, new RateLimiter(limits.checkouts(), clock, "checkouts"), clock).register(routes);
        new WebhookHandler(core.receiveWebhook(), requests, requestIds).register(routes);
        new DepositHandler(core.depositOptions(), core.submitBankDeposit(), core.listDeposits(), sessions, requests,
                new RateLimiter(limits.deposits(), clock, "deposit submissions")).register(routes);
        new AdminDepositHandler(core.listDeposits(), core.reviewBankDeposit(), sessions, requests).register(routes);
        new AdminPaymentsHandler(core.listUnmatchedPayments(), core.assignUnmatchedPayment(), core.auditLedger(),
                core.requestRefund(), sessions, requests).register(routes);
        new AdminOperationsHandler(core.reconcile(), core.viewOperations(), requests).register(routes);
        new AdminAccountsHandler(core.findRefundableOrders(), core.listOverdrawnWallets()).register(routes);
        new ContentHandler(core.browseCatalog(), core.checkAccess(), core.purchaseContent(), sessions, requests, clock)
                .register(routes);
        new MediaHandler(core.browseCatalog(), core.checkAccess(), sessions).register(routes);
        new PurchasesHandler(core.viewPurchases(), sessions, settings.publicBaseUrl(), clock).register(routes);
    }
}
