package dev.plara.http.api;

import dev.plara.http.pages.Layout;
import dev.plara.http.web.Access;
import dev.plara.http.web.Cookies;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * Signing out of Plara: {@code POST /signout} (the pages' form, with its CSRF field) clears the session and CSRF cookies
 * and sends the browser to a signed-out page (the demo sign-in, or the pricing page); {@code POST /api/signout} does the
 * same for scripts and answers 204. A cookie session must carry its CSRF token, as for any change. The host
 * platform's token itself stays valid until it expires: only this browser forgets it.
 */
public final class SignOutHandler {

    private final Cookies cookies;
    private final String signedOutPage;

    /** @param demo whether the demo sign-in page exists (then signing out lands there) */
    public SignOutHandler(Cookies cookies, boolean demo) {
        this.cookies = cookies;
        this.signedOutPage = demo ? "/signin" : "/";
    }

    public void register(RoutesConfig routes) {
        routes.post(Layout.SIGN_OUT, this::signOutPage, Access.ANYONE);
        routes.post("/api/signout", this::signOutApi, Access.ANYONE);
    }

    private void signOutPage(Context ctx) {
        cookies.clearSession(ctx);
        ctx.redirect(signedOutPage, HttpStatus.SEE_OTHER);
    }

    private void signOutApi(Context ctx) {
        cookies.clearSession(ctx);
        ctx.status(HttpStatus.NO_CONTENT);
    }
}
