package dev.plara.app.config;

import dev.plara.http.jwt.ClaimNames;
import dev.plara.http.jwt.JwtKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 15: the host platform's sign-in from the environment, and the start-up errors naming each variable. */
class JwtConfigTest {

    private static final String JWKS = "https://sso.plara.test/realms/shop/protocol/openid-connect/certs";

    @TempDir
    Path workDir;

    private JwtConfig jwt(Map<String, String> changes) {
        var env = new HashMap<String, String>();
        env.put("POLAR_ACCESS_TOKEN", "polar_oat_secret_token_value");
        env.put("POLAR_WEBHOOK_SECRET", "whsec_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
        env.put("PLARA_TOPUP_PRODUCT_ID", "prod_topup");
        env.putAll(changes);
        env.values().removeIf(String::isEmpty);
        return AppConfig.from(env, workDir).server().jwt();
    }

    @Test
    void aKeycloakRealmIsAJwksUrlAnIssuerAnAudienceAndNestedRoles() {
        var config = jwt(Map.of("PLARA_JWT_JWKS_URL", JWKS, "PLARA_JWT_ISSUER", "https://sso.plara.test/realms/shop",
                "PLARA_JWT_AUDIENCE", "plara, account", "PLARA_JWT_CLAIM_NAME", "preferred_username",
                "PLARA_JWT_CLAIM_ROLES", "realm_access.roles", "PLARA_JWT_ADMIN_ROLE", "plara-admin"));
        var settings = config.settings();

        assertThat(settings.keys()).isEqualTo(new JwtKeys.KeySet(URI.create(JWKS), JwtKeys.KeySet.CACHE_LIFETIME,
                JwtKeys.KeySet.REFETCH_INTERVAL));
        assertThat(settings.algorithms()).containsExactlyInAnyOrder("RS256", "ES256", "EdDSA");
        assertThat(settings.issuer()).isEqualTo("https://sso.plara.test/realms/shop");
        assertThat(settings.audiences()).containsExactlyInAnyOrder("plara", "account");
        assertThat(settings.claims()).isEqualTo(new ClaimNames("sub", "email", "preferred_username", "realm_access.roles"));
        assertThat(settings.adminRole()).isEqualTo("plara-admin");
        assertThat(config.demoSecret()).isNull();
        assertThat(config.toString()).isEqualTo("JWKS " + JWKS + " (ES256, EdDSA, RS256), issuer "
                + "https://sso.plara.test/realms/shop");
    }

    @Test
    void theSecretAndThePemKeyStillWorkAndImplyTheirAlgorithm() throws Exception {
        var rsa = KeyPairGenerator.getInstance("RSA").generateKeyPair().getPublic();
        var pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(rsa.getEncoded())
                + "\n-----END PUBLIC KEY-----";

        var secret = jwt(Map.of("PLARA_JWT_SECRET", "a-shared-secret-of-at-least-32-characters"));
        var publicKey = jwt(Map.of("PLARA_JWT_PUBLIC_KEY", pem, "PLARA_JWT_ALGORITHMS", "RS256,PS256"));

        assertThat(secret.settings().algorithms()).containsExactly("HS256");
        assertThat(secret.toString()).isEqualTo("shared secret (HS256)").doesNotContain("a-shared-secret");
        assertThat(publicKey.settings().keys()).isEqualTo(new JwtKeys.PublicKey(rsa));
        assertThat(publicKey.settings().algorithms()).containsExactlyInAnyOrder("RS256", "PS256");
        assertThat(jwt(Map.of("PLARA_JWT_PUBLIC_KEY", pem)).settings().algorithms()).containsExactly("RS256");
    }

    @Test
    void badValuesStopTheStartNamingTheVariableAndTheFix() {
        var secret = "a-shared-secret-of-at-least-32-characters";
        assertThatThrownBy(() -> jwt(Map.of())).hasMessage("PLARA_JWT_SECRET: is required to verify sign-ins, or "
                + "instead PLARA_JWT_PUBLIC_KEY or PLARA_JWT_JWKS_URL");
        assertThatThrownBy(() -> jwt(Map.of("PLARA_JWT_SECRET", secret, "PLARA_JWT_JWKS_URL", JWKS))).hasMessage(
                "PLARA_JWT_SECRET and PLARA_JWT_JWKS_URL: are both set; set only one of PLARA_JWT_SECRET, "
                        + "PLARA_JWT_PUBLIC_KEY and PLARA_JWT_JWKS_URL");
        assertThatThrownBy(() -> jwt(Map.of("PLARA_JWT_JWKS_URL", "http://sso.plara.test/certs")))
                .hasMessageStartingWith("PLARA_JWT_JWKS_URL: is not valid (a JWKS URL must be https");
        assertThatThrownBy(() -> jwt(Map.of("PLARA_JWT_PUBLIC_KEY", "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END "
                + "PUBLIC KEY-----"))).hasMessageStartingWith("PLARA_JWT_PUBLIC_KEY: is not valid (not a public key");
        assertThatThrownBy(() -> jwt(Map.of("PLARA_JWT_JWKS_URL", JWKS, "PLARA_JWT_ISSUER", "sso.plara.test")))
                .hasMessageStartingWith("PLARA_JWT_ISSUER: is not valid (the issuer is written with its scheme");
        assertThatThrownBy(() -> jwt(Map.of("PLARA_JWT_JWKS_URL", JWKS, "PLARA_JWT_ALGORITHMS", "RS256,HS256")))
                .hasMessageStartingWith("PLARA_JWT_ALGORITHMS: is not valid ('HS256' cannot be verified with a JWKS URL");
        assertThatThrownBy(() -> jwt(Map.of("PLARA_JWT_SECRET", secret, "PLARA_JWT_ALGORITHMS", "none")))
                .hasMessageContaining("'none' (unsigned tokens) is never accepted");
        assertThatThrownBy(() -> jwt(Map.of("PLARA_JWT_JWKS_URL", JWKS, "PLARA_JWT_CLAIM_ROLES", "realm_access.")))
                .hasMessageStartingWith("PLARA_JWT_CLAIM_ROLES: is not valid (the roles claim must be");
        assertThatThrownBy(() -> jwt(Map.of("PLARA_JWT_SECRET", "too short"))).hasMessageStartingWith("PLARA_JWT_SECRET:");
    }

    @Test
    void aJwksUrlOnLoopbackMayBePlainHttp() {
        var local = jwt(Map.of("PLARA_JWT_JWKS_URL", "http://127.0.0.1:8180/jwks.json"));

        assertThat(((JwtKeys.KeySet) local.settings().keys()).url()).isEqualTo(URI.create("http://127.0.0.1:8180/jwks.json"));
        assertThat(jwt(Map.of("PLARA_JWT_JWKS_URL", "http://localhost:8180/jwks.json")).settings().keys()).isNotNull();
    }

    @Test
    void demoModeVerifiesItsOwnDemoSessionsWhateverHostKeyIsSet() {
        var demo = AppConfig.from(Map.of("PLARA_JWT_JWKS_URL", JWKS), workDir).server().jwt();

        assertThat(demo.demoSecret()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(demo.settings().keys()).isInstanceOf(JwtKeys.SharedSecret.class);
        assertThat(demo.toString()).isEqualTo("demo sign-in, shared secret (HS256)");
    }
}
