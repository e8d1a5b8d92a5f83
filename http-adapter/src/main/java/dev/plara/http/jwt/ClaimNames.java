package dev.plara.http.jwt;

import java.util.Objects;

/**
 * Which claims carry the user id, email, display name and roles. A name is first looked up as it is (so Auth0's
 * namespaced {@code https://example.com/roles} works), then as a dotted path into nested objects (Keycloak's
 * {@code realm_access.roles}, Supabase's {@code app_metadata.role}).
 */
public record ClaimNames(String userId, String email, String name, String roles) {

    /** {@code sub}, {@code email}, {@code name} and {@code roles}. */
    public static final ClaimNames DEFAULTS = new ClaimNames("sub", "email", "name", "roles");

    public ClaimNames {
        userId = checked(userId, "user id");
        email = checked(email, "email");
        name = checked(name, "name");
        roles = checked(roles, "roles");
    }

    /** Refuses what cannot name a claim: blank, or a dotted path with an empty step. */
    public static String checked(String claim, String what) {
        Objects.requireNonNull(claim, what + " claim");
        var stripped = claim.strip();
        if (stripped.isEmpty() || stripped.startsWith(".") || stripped.endsWith(".") || stripped.contains("..")) {
            throw new IllegalArgumentException("the " + what + " claim must be a claim name or a dotted path like "
                    + "realm_access.roles");
        }
        return stripped;
    }
}
