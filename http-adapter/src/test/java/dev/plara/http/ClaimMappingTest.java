package dev.plara.http;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.plara.http.jwt.ClaimNames;
import dev.plara.http.jwt.JwtKeys;
import dev.plara.http.jwt.JwtSettings;
import dev.plara.wallet.core.fixtures.TestClock;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where platforms put who the user is (claim names, dotted paths, the admin role), and the issuer and audience. */
class ClaimMappingTest {

    private static final String ISSUER = "https://plara-test.eu.auth0.com/";

    private final TestClock clock = TestClock.standard();
    private final Tokens tokens = new Tokens(Tokens.randomSecret(), clock);

    @Test
    void keycloakRolesAndUsernameSitInNestedClaims() {
        var keycloak = authenticator(new ClaimNames("sub", "email", "preferred_username", "realm_access.roles"),
                "plara-admin", null, Set.of());
        var token = sign(jwt -> jwt.claim("preferred_username", "Alice K")
                .claim("realm_access", Map.of("roles", List.of("offline_access", "plara-admin"))));

        var principal = keycloak.authenticate(token).orElseThrow();

        assertThat(principal.name()).isEqualTo("Alice K");
        assertThat(principal.isAdmin()).isTrue();
        assertThat(principal.roles()).containsExactly("admin");
    }

    @Test
    void auth0NamespacedClaimsAreReadByTheirWholeName() {
        var names = new ClaimNames("sub", "https://plara.example.com/email", "name", "https://plara.example.com/roles");
        var auth0 = authenticator(names, "admin", null, Set.of());
        var token = sign(jwt -> jwt.claim("email", null).claim("https://plara.example.com/email", "a@example.com")
                .claim("https://plara.example.com/roles", List.of("admin")));

        var principal = auth0.authenticate(token).orElseThrow();

        assertThat(principal.email()).isEqualTo("a@example.com");
        assertThat(principal.isAdmin()).isTrue();
    }

    @Test
    void supabaseKeepsOneRoleAsTextInAppMetadata() {
        var supabase = authenticator(new ClaimNames("sub", "email", "name", "app_metadata.role"), "admin", null,
                Set.of());

        assertThat(supabase.authenticate(sign(jwt -> jwt.claim("app_metadata", Map.of("role", "admin")))))
                .map(Principal::isAdmin).contains(true);
        assertThat(supabase.authenticate(sign(jwt -> jwt.claim("app_metadata", Map.of("provider", "email")))))
                .map(Principal::isAdmin).contains(false);
    }

    @Test
    void onlyTheConfiguredAdminRoleMakesAnAdmin() {
        var authenticator = authenticator(ClaimNames.DEFAULTS, "plara-admin", null, Set.of());

        var principal = authenticator.authenticate(sign(jwt -> jwt.claim("roles", List.of("admin", "editor"))));

        assertThat(principal).map(Principal::isAdmin).contains(false);
        assertThat(principal.orElseThrow().roles()).isEmpty();
    }

    @Test
    void theIssuerAndAudienceAreCheckedWhenConfigured() {
        var checked = authenticator(ClaimNames.DEFAULTS, "admin", ISSUER, Set.of("https://api.plara.dev", "plara"));

        assertThat(checked.authenticate(sign(jwt -> jwt.issuer(ISSUER).audience(List.of("plara", "other"))))).isPresent();
        assertThat(checked.authenticate(sign(jwt -> jwt.issuer("https://evil.example.net/").audience("plara"))))
                .isEmpty();
        assertThat(checked.authenticate(sign(jwt -> jwt.issuer(ISSUER.replaceAll("/$", "")).audience("plara"))))
                .as("the issuer matches exactly").isEmpty();
        assertThat(checked.authenticate(sign(jwt -> jwt.audience("plara")))).as("no issuer").isEmpty();
        assertThat(checked.authenticate(sign(jwt -> jwt.issuer(ISSUER).audience("another-api")))).isEmpty();
        assertThat(checked.authenticate(sign(jwt -> jwt.issuer(ISSUER)))).as("no audience").isEmpty();
    }

    @Test
    void claimNamesAndTheIssuerMustBeUsable() {
        assertThatThrownBy(() -> new ClaimNames("sub", "email", "name", "realm_access..roles"))
                .hasMessageContaining("the roles claim must be a claim name or a dotted path");
        assertThatThrownBy(() -> new ClaimNames(" ", "email", "name", "roles")).hasMessageContaining("user id claim");
        assertThatThrownBy(() -> JwtSettings.checkIssuer("plara-test.eu.auth0.com"))
                .hasMessageContaining("the issuer is written with its scheme");
    }

    private String sign(UnaryOperator<JWTClaimsSet.Builder> change) {
        return tokens.sign("alice", change);
    }

    private JwtAuthenticator authenticator(ClaimNames names, String adminRole, String issuer, Set<String> audiences) {
        var settings = new JwtSettings(new JwtKeys.SharedSecret(tokens.secret()), Set.of(), issuer, audiences, names,
                adminRole);
        return new JwtAuthenticator(settings, clock);
    }
}
