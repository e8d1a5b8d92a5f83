package dev.plara.http.pages;

import dev.plara.http.Principal;

/**
 * Who looks at a page, as far as the navigation cares: the signed-in user (or nobody), their unread notifications,
 * whether the demo sign-in exists, and the CSRF token the sign-out form carries.
 *
 * @param principal {@code null} when nobody is signed in
 * @param csrfToken {@code null} when the user is not signed in with the session cookie (then there is no sign-out)
 */
public record Visitor(Principal principal, long unread, boolean demo, String csrfToken) {

    public static Visitor anonymous(boolean demo) {
        return new Visitor(null, 0, demo, null);
    }

    public boolean signedIn() {
        return principal != null;
    }

    public boolean admin() {
        return principal != null && principal.isAdmin();
    }

    /** Whether the page offers to sign out: a cookie session can be ended, a bearer token cannot. */
    public boolean canSignOut() {
        return principal != null && csrfToken != null;
    }
}
