package dev.plara.http.api;

import dev.plara.http.DemoSignIn.DemoUser;
import dev.plara.http.DemoSignIn;
import dev.plara.http.pages.SignInPage;
import dev.plara.http.pages.Visitors;
import dev.plara.http.web.Access;
import dev.plara.http.web.Cookies;
import dev.plara.http.web.CsrfTokens;
import dev.plara.http.web.ProblemType;
import dev.plara.http.web.Requests;
import dev.plara.wallet.core.domain.user.UserId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.List;
import java.util.Set;

/**
 * Demo mode only: {@code GET /signin} (the page, which knows who is signed in already) and {@code POST /api/demo/signin} with {@code user_id} as JSON (answers
 * the user) or as a form (redirects home), which sets the session cookie with a real HS256 token and a fresh CSRF cookie.
 */
public final class DemoSignInHandler {

    private final DemoSignIn demo;
    private final Cookies cookies;
    private final CsrfTokens csrf;
    private final Requests requests;
    private final Visitors visitors;
    private final SignInPage page = new SignInPage();

    public DemoSignInHandler(DemoSignIn demo, Cookies cookies, CsrfTokens csrf, Requests requests, Visitors visitors) {
        this.demo = demo;
        this.cookies = cookies;
        this.csrf = csrf;
        this.requests = requests;
        this.visitors = visitors;
    }

    public void register(RoutesConfig routes) {
        routes.get("/signin", ctx -> ctx.html(page.render(demo.users(), visitors.of(ctx))), Access.ANYONE);
        routes.post(SignInPage.ACTION, this::signIn, Access.NO_SESSION);
    }

    private void signIn(Context ctx) {
        var form = ctx.isFormUrlencoded();
        var user = demoUser(form ? formUserId(ctx) : requests.json(ctx, "user_id").text("user_id"));
        cookies.setSession(ctx, demo.tokenFor(user), DemoSignIn.SESSION);
        csrf.issue(ctx);
        if (form) {
            ctx.redirect("/", HttpStatus.SEE_OTHER);
            return;
        }
        ctx.json(new SignedInView(user.profile().id().value(), user.profile().name(),
                user.roles().stream().sorted().toList()));
    }

    /** Who is now signed in. */
    record SignedInView(String userId, String name, List<String> roles) {
    }

    private DemoUser demoUser(String id) {
        return IdParser.parse(id, UserId::of).flatMap(demo::find)
                .orElseThrow(() -> ProblemType.INVALID_REQUEST.exception("no demo user with that user_id"));
    }

    private static String formUserId(Context ctx) {
        var fields = ctx.formParamMap();
        if (!fields.keySet().equals(Set.of("user_id")) || fields.get("user_id").size() != 1) {
            throw ProblemType.INVALID_REQUEST.exception("the form has exactly one field, user_id");
        }
        List<String> values = fields.get("user_id");
        return values.get(0);
    }
}
