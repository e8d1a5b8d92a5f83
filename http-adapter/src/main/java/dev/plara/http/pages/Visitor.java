package dev.plara.http.pages;

import dev.plara.http.Principal;

/**
 * Who looks at a page, as far as the navigation cares: the signed-in user (or nobody), their unread notifications,
 * and whether the demo sign-in exists.
 *
 * @param principal {@code null} when nobody is signed in
 */
public record Visitor(Principal principal, long unread, boolean demo) {

    public static Visitor anonymous(boolean demo) {
        return new Visitor(null, 0, demo);
    }

    public boolean signedIn() {
        return principal != null;
    }

    public boolean admin() {
        return principal != null && principal.isAdmin();
    }
}
