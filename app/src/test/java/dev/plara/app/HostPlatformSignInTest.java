package dev.plara.app;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, as an operator sets it up (the README's Keycloak example): the real server in production mode signs users
 * in with a realm's JWKS, issuer, audience, username claim and realm role; a token with the wrong issuer or audience,
 * an HMAC keyed with the public key, {@code alg: none}, an expired one or one signed by a key not in the set is refused
 * with 401 on a card deposit start, and not one document of the database changes.
 */
@Timeout(90)
class HostPlatformSignInTest {

    private static final String ISSUER = "https://sso.plara.test/realms/shop";
    private static final String CERTS = "/realms/shop/protocol/openid-connect/certs";
    private static final String DEPOSIT = "{\"amount\":1500,\"currency\":\"USD\"}";

    @TempDir
    static Path workingDirectory;

    private static HttpServer keycloak;
    private static RSAKey realmKey;
    private static InProcessPlara plara;

    @BeforeAll
    static void start() throws Exception {
        realmKey = new RSAKeyGenerator(2048).keyID("realm-key-1").generate();
        var certs = new JWKSet(realmKey).toString(true).getBytes(StandardCharsets.UTF_8);
        keycloak = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        keycloak.createContext(CERTS, exchange -> {
            exchange.sendResponseHeaders(200, certs.length);
            exchange.getResponseBody().write(certs);
            exchange.close();
        });
        keycloak.start();
        plara = InProcessPlara.start(workingDirectory, Map.of("PLARA_JWT_SECRET", "",
                "PLARA_JWT_JWKS_URL", "http://127.0.0.1:" + keycloak.getAddress().getPort() + CERTS,
                "PLARA_JWT_ISSUER", ISSUER, "PLARA_JWT_AUDIENCE", "plara",
                "PLARA_JWT_CLAIM_NAME", "preferred_username", "PLARA_JWT_CLAIM_ROLES", "realm_access.roles",
                "PLARA_JWT_ADMIN_ROLE", "plara-admin"));
    }

    @AfterAll
    static void stop() {
        plara.close();
        keycloak.stop(0);
    }

    @Test
    void theRealmsUsersSignInAndItsPlaraAdminRoleMakesAnAdmin() {
        var me = plara.http.get("/api/me", token(realmKey, claims -> claims));
        var admin = token(realmKey, claims -> claims.claim("realm_access", Map.of("roles", List.of("plara-admin"))));
        var realmAdmin = token(realmKey, claims -> claims.claim("realm_access", Map.of("roles", List.of("admin"))));

        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().path("name").asText()).isEqualTo("Selam T.");
        assertThat(plara.http.get("/api/admin/audit", admin).status()).isEqualTo(200);
        assertThat(plara.http.get("/api/admin/audit", realmAdmin).status()).as("not Plara's admin role").isEqualTo(403);
    }

    @Test
    void tokensNotFromTheRealmOrNotForPlaraAreRefusedAndChangeNothing() throws Exception {
        assertThat(plara.http.get("/api/me", token(realmKey, claims -> claims)).status()).isEqualTo(200);
        var before = plara.snapshot();
        var refused = List.of(
                token(realmKey, claims -> claims.issuer("https://sso.plara.test/realms/other")),
                token(realmKey, claims -> claims.audience("account")),
                token(realmKey, claims -> claims.expirationTime(Date.from(Instant.now().minusSeconds(3600)))),
                token(new RSAKeyGenerator(2048).keyID("realm-key-1").generate(), claims -> claims),
                token(new RSAKeyGenerator(2048).keyID("realm-key-9").generate(), claims -> claims),
                new PlainJWT(claims().build()).serialize(),
                HostTokens.sign(claims().build(), new JWSHeader(JWSAlgorithm.HS256),
                        new MACSigner(realmKey.toRSAPublicKey().getEncoded())));

        for (String token : refused) {
            var reply = plara.http.postJson("/api/deposits/card", token, DEPOSIT);

            assertThat(reply.status()).as("%s: %s", token, reply).isEqualTo(401);
            assertThat(reply.problem()).isEqualTo("unauthenticated");
        }
        assertThat(plara.snapshot()).isEqualTo(before);
        assertThat(plara.http.postJson("/api/deposits/card", token(realmKey, claims -> claims), DEPOSIT).status())
                .as("the same deposit with the realm's genuine token").isEqualTo(201);
    }

    private static JWTClaimsSet.Builder claims() {
        var now = Instant.now();
        return new JWTClaimsSet.Builder().subject("selam").issuer(ISSUER).audience(List.of("plara", "account"))
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("preferred_username", "Selam T.").claim("email", "selam@plara.dev");
    }

    private static String token(RSAKey key, UnaryOperator<JWTClaimsSet.Builder> change) {
        return HostTokens.sign(change.apply(claims()).build(),
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), signer(key));
    }

    private static JWSSigner signer(RSAKey key) {
        try {
            return new RSASSASigner(key);
        } catch (JOSEException failed) {
            throw new IllegalStateException(failed);
        }
    }
}
