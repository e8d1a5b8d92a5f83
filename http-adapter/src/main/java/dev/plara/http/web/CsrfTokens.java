package dev.plara.http.web;

import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Double-submit CSRF protection for cookie sessions: the {@code plara_csrf} cookie must be echoed in the
 * {@code X-CSRF-Token} header of every unsafe request, compared in constant time. Another site can make a browser send
 * the cookie but cannot read it to set the header.
 */
public final class CsrfTokens {

    public static final String HEADER = "X-CSRF-Token";

    private final SecureRandom random = new SecureRandom();
    private final Cookies cookies;

    public CsrfTokens(Cookies cookies) {
        this.cookies = cookies;
    }

    /** Refuses the request unless header and cookie carry the same token. */
    public void verify(Context ctx) {
        var header = ctx.header(HEADER);
        var cookie = ctx.cookie(Cookies.CSRF);
        if (header == null || cookie == null || cookie.isEmpty() || !MessageDigest.isEqual(
                header.getBytes(StandardCharsets.UTF_8), cookie.getBytes(StandardCharsets.UTF_8))) {
            throw ProblemType.CSRF_REJECTED.exception("send the " + Cookies.CSRF + " cookie's value in the "
                    + HEADER + " header");
        }
    }

    /** Gives a cookie session its CSRF cookie if it has none yet. */
    public void ensureCookie(Context ctx) {
        if (ctx.cookie(Cookies.CSRF) == null) {
            issue(ctx);
        }
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
