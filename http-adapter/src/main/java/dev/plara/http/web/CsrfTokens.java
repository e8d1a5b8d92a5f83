package dev.plara.http.web;

import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Double-submit CSRF protection for cookie sessions: the {@code plara_csrf} cookie must be echoed in the
 * {@code X-CSRF-Token} header of every unsafe request (or, for a plain HTML form, in its {@code csrf_token} field),
 * compared in constant time. Another site can make a browser send the cookie but cannot read it to echo it.
 */
public final class CsrfTokens {

    public static final String HEADER = "X-CSRF-Token";
    /** The hidden field of a page's form that carries the token. */
    public static final String FIELD = "csrf_token";
    private static final String CURRENT = "plara.csrf";

    private final SecureRandom random = new SecureRandom();
    private final Cookies cookies;

    public CsrfTokens(Cookies cookies) {
        this.cookies = cookies;
    }

    /** Refuses the request unless header (or a form's field) and cookie carry the same token. */
    public void verify(Context ctx) {
        var echoed = ctx.header(HEADER);
        if (echoed == null && ctx.isFormUrlencoded()) {
            echoed = ctx.formParam(FIELD);
        }
        var cookie = ctx.cookie(Cookies.CSRF);
        if (echoed == null || cookie == null || cookie.isEmpty() || !MessageDigest.isEqual(
                echoed.getBytes(StandardCharsets.UTF_8), cookie.getBytes(StandardCharsets.UTF_8))) {
            throw ProblemType.CSRF_REJECTED.exception("send the " + Cookies.CSRF + " cookie's value in the "
                    + HEADER + " header");
        }
    }

    /** Gives a cookie session its CSRF cookie if it has none yet, and remembers the token for {@link #current}. */
    public void ensureCookie(Context ctx) {
        var token = ctx.cookie(Cookies.CSRF);
        ctx.attribute(CURRENT, token == null ? issue(ctx) : token);
    }

    /** The CSRF token of this request's cookie session, for a page's forms; empty without one. */
    public Optional<String> current(Context ctx) {
        return Optional.ofNullable(ctx.attribute(CURRENT));
    }

    /** Sets a fresh CSRF cookie (at sign-in) and returns its value. */
    public String issue(Context ctx) {
        var bytes = new byte[32];
        random.nextBytes(bytes);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        cookies.setCsrf(ctx, token);
        return token;
    }
}
