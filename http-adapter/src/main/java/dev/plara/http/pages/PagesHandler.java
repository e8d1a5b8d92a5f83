package dev.plara.http.pages;

import dev.plara.http.web.Access;
import dev.plara.http.web.Resources;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.util.EnumMap;
import java.util.Map;

/**
 * Serves the web pages and their assets ({@code /assets/}: one stylesheet, script modules, icons). Each page is the
 * shared {@link Layout} around its body; a page its visitor may not open answers 401 or 403 with a page that says why.
 * The root path serves the pricing page to browsers and {@code nonBrowserHome} to everyone else.
 */
public final class PagesHandler {

    private final Visitors visitors;
    private final ErrorPages errors;
    private final Handler nonBrowserHome;
    private final Layout layout = new Layout();
    private final Map<WebPage, String> bodies = new EnumMap<>(WebPage.class);

    public PagesHandler(Visitors visitors, ErrorPages errors, Handler nonBrowserHome) {
        this.visitors = visitors;
        this.errors = errors;
        this.nonBrowserHome = nonBrowserHome;
        for (var page : WebPage.values()) {
            bodies.put(page, Resources.text("/dev/plara/http/pages/" + page.resource() + ".html"));
        }
    }

    public void register(JavalinConfig config) {
        new Assets().register(config.routes);
        for (var page : WebPage.values()) {
            config.routes.get(page.path(), page == WebPage.PRICING ? this::home : ctx -> show(ctx, page), Access.ANYONE);
        }
    }

    private void home(Context ctx) throws Exception {
        var accept = ctx.header("Accept");
        if (accept != null && accept.contains("text/html")) {
            show(ctx, WebPage.PRICING);
        } else {
            nonBrowserHome.handle(ctx);
        }
    }

    private void show(Context ctx, WebPage page) {
        var visitor = visitors.of(ctx);
        if (page.gate() != WebPage.Gate.ANYONE && !visitor.signedIn()) {
            errors.show(ctx, 401, "Sign in needed", "<p>This page shows your own account, so sign in first."
                    + "</p>" + (visitor.demo() ? "<p><a class=\"button\" href=\"/signin\">Sign in</a></p>"
                    : "<p>Sign in on the platform that sent you here, then come back.</p>"));
            return;
        }
        if (page.gate() == WebPage.Gate.ADMIN && !visitor.admin()) {
            errors.show(ctx, 403, "Admins only", "<p>This page is for Plara's administrators. You are signed in as "
                    + Html.escape(visitor.principal().name()) + ", who is not one.</p><p><a href=\"/wallet\">Go to your "
                    + "wallet</a></p>");
            return;
        }
        ctx.html(layout.render(page.title(), visitor, page.path(), page.script(), bodies.get(page)));
    }

}
