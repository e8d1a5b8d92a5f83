package dev.plara.http.web;

import io.javalin.http.Context;

import java.time.Duration;

/**
 * Writes Plara's two cookies: the HttpOnly session token and the script-readable CSRF token, both SameSite=Lax on
 * path {@code /}; signing out overwrites both with the very same attributes and {@code Max-Age=0}.
 */
public final class Cookies {

    public static final String SESSION = "plara_session";
    public static final String CSRF = "plara_csrf";

    private final boolean secure;

    public Cookies(boolean secure) {
        this.secure = secure;
    }

    public void setSession(Context ctx, String token, Duration maxAge) {
        add(ctx, SESSION + "=" + token + "; Max-Age=" + maxAge.toSeconds() + "; HttpOnly");
    }

    public void setCsrf(Context ctx, String token) {
        add(ctx, CSRF + "=" + token);
    }

    /** Tells the browser to drop the session and CSRF cookies at once. */
    public void clearSession(Context ctx) {
        add(ctx, SESSION + "=; Max-Age=0; HttpOnly");
        add(ctx, CSRF + "=; Max-Age=0");
    }

    private void add(Context ctx, String cookie) {
        ctx.res().addHeader("Set-Cookie", cookie + "; Path=/; SameSite=Lax" + (secure ? "; Secure" : ""));
    }
}
