package dev.plara.http.web;

import io.javalin.http.Context;

/**
 * Headers every response carries: no sniffing, no referrer, no framing, a same-origin Content-Security-Policy,
 * {@code no-store} caching (a handler may narrow it), and HSTS when the server is public over https.
 */
public final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";

    private final boolean https;

    public SecurityHeaders(boolean https) {
        this.https = https;
    }

    /** A before-handler for every path. */
    public void apply(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("Cache-Control", "no-store");
        if (https) {
            ctx.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }
}
