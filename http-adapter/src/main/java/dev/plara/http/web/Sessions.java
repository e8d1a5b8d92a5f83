package dev.plara.http.web;

import dev.plara.http.Authenticator;
import dev.plara.http.Principal;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import java.util.Optional;
import java.util.Set;

/**
 * Who is calling: a bearer token takes precedence over the session cookie. Run before every matched route, it
 * enforces the route's {@link Access}, checks CSRF on unsafe cookie-session requests, and remembers the user.
 * A bearer token that does not verify is refused outright; a stale cookie just means nobody is signed in.
 */
public final class Sessions {

    private static final String PRINCIPAL = "plara.principal";
    private static final String BEARER = "Bearer ";
    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

    private final Authenticator authenticator;
    private final RememberedUsers users;
    private final CsrfTokens csrf;

    public Sessions(Authenticator authenticator, RememberedUsers users, CsrfTokens csrf) {
        this.authenticator = authenticator;
        this.users = users;
        this.csrf = csrf;
    }

    /** A before-matched handler: authenticates and enforces the route's access rule. */
    public void check(Context ctx) {
        var access = ctx.routeRoles();
        if (access.contains(Access.NO_SESSION)) {
            return;
        }
        var principal = authenticate(ctx);
        principal.ifPresent(signedIn -> {
            ctx.attribute(PRINCIPAL, signedIn);
            users.remember(signedIn);
        });
        if ((access.contains(Access.SIGNED_IN) || access.contains(Access.ADMIN)) && principal.isEmpty()) {
            throw ProblemType.UNAUTHENTICATED.exception("sign in first: send a bearer token or the session cookie");
        }
        if (access.contains(Access.ADMIN) && !principal.get().isAdmin()) {
            throw ProblemType.FORBIDDEN.exception("only admins may do this");
        }
    }

    /** The signed-in user, if any (on routes open to anyone). */
    public Optional<Principal> optional(Context ctx) {
        return Optional.ofNullable(ctx.attribute(PRINCIPAL));
    }

    /**
     * The signed-in user as far as a page can tell, even where no route matched (so no check ran): the user the check
     * found, else the one a valid token or session cookie names, else nobody; never a refusal.
     */
    public Optional<Principal> identify(Context ctx) {
        var checked = optional(ctx);
        if (checked.isPresent()) {
            return checked;
        }
        var authorization = ctx.header("Authorization");
        var token = authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? authorization.substring(BEARER.length()).strip() : ctx.cookie(Cookies.SESSION);
        return token == null ? Optional.empty() : authenticator.authenticate(token);
    }

    /** The CSRF token a page's forms must carry, when the user is signed in with the session cookie. */
    public Optional<String> csrfToken(Context ctx) {
        return csrf.current(ctx);
    }

    /** The signed-in user of a route that requires one. */
    public Principal required(Context ctx) {
        return optional(ctx).orElseThrow(() -> ProblemType.UNAUTHENTICATED.exception("sign in first"));
    }

    private Optional<Principal> authenticate(Context ctx) {
        var authorization = ctx.header("Authorization");
        if (authorization != null) {
            if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                throw ProblemType.UNAUTHENTICATED.exception("only Bearer tokens are accepted");
            }
            var principal = authenticator.authenticate(authorization.substring(BEARER.length()).strip());
            if (principal.isEmpty()) {
                throw ProblemType.UNAUTHENTICATED.exception("the token is not valid: not signed by the platform's key, "
                        + "expired, for another issuer or audience, or without a user id");
            }
            return principal;
        }
        var cookie = ctx.cookie(Cookies.SESSION);
        var principal = cookie == null ? Optional.<Principal>empty() : authenticator.authenticate(cookie);
        if (principal.isPresent()) {
            csrf.ensureCookie(ctx);
            if (!SAFE.contains(ctx.method())) {
                csrf.verify(ctx);
            }
        }
        return principal;
    }
}
