package dev.plara.http.pages;

import dev.plara.http.web.Problem;
import dev.plara.http.web.ProblemPages;
import io.javalin.http.Context;

/**
 * Problems as pages, for browsers: a page not found, a request refused, a failure on Plara's side (with the request
 * id to quote, never its cause), in the shared layout with links to go on from.
 */
public final class ErrorPages implements ProblemPages {

    private static final String GO_ON = "<p class=\"actions\"><a class=\"button\" href=\"/\">Go to pricing</a> "
            + "<a href=\"/store\">Store</a> <a href=\"/wallet\">Your wallet</a></p>";

    private final Visitors visitors;
    private final Layout layout = new Layout();

    public ErrorPages(Visitors visitors) {
        this.visitors = visitors;
    }

    @Override
    public void show(Context ctx, Problem problem, String requestId) {
        var status = problem.status();
        if (status == 404 && problem.type().slug().equals("not-found")) {
            show(ctx, 404, "Page not found", "<p>There is no page at " + Html.escape(ctx.path())
                    + ". The link may be old, or the address mistyped.</p>");
        } else if (status >= 500) {
            show(ctx, status, problem.type().title(), "<p>Plara could not finish this request. Try again in a "
                    + "moment; if it keeps happening, tell support the request id <code>" + Html.escape(requestId)
                    + "</code>.</p>");
        } else {
            show(ctx, status, problem.type().title(), "<p>" + Html.escape(problem.detail()) + "</p>");
        }
    }

    /** Answers {@code status} with a page titled {@code title} whose explanation is {@code explanation} (HTML). */
    void show(Context ctx, int status, String title, String explanation) {
        var visitor = visitorOf(ctx);
        var body = "<section class=\"panel refusal\" role=\"alert\"><h1>" + Html.escape(title) + "</h1>" + explanation
                + GO_ON + "</section>\n";
        ctx.status(status).html(layout.render(title, visitor, ctx.path(), null, body));
    }

    /** Who is looking, or nobody when that cannot be told (the failure may be the store itself). */
    private Visitor visitorOf(Context ctx) {
        try {
            return visitors.of(ctx);
        } catch (RuntimeException unknown) {
            return Visitor.anonymous(visitors.demo());
        }
    }
}
