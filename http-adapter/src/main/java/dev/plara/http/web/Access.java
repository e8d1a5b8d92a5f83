package dev.plara.http.web;

import io.javalin.security.RouteRole;

/** Who may call a route; every route names exactly one. */
public enum Access implements RouteRole {
    /** Anyone; a valid session, if any, is used (and cookie sessions are CSRF-checked on changes). */
    ANYONE,
    /** A signed-in user, acting on their own data only. */
    SIGNED_IN,
    /** A signed-in user with the {@code admin} role. */
    ADMIN,
    /** Sessions are ignored entirely: the webhook (Polar signs it) and the demo sign-in. No CSRF check. */
    NO_SESSION
}
