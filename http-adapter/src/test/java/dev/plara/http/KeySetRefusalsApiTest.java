package dev.plara.http;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.plara.http.jwt.ClaimNames;
import dev.plara.http.jwt.JwtKeys;
import dev.plara.http.jwt.JwtSettings;
import dev.plara.wallet.core.domain.money.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: with a JWKS URL, an issuer and an audience configured, every token that is not genuine, not for Plara or
 * not valid now is refused with 401 on a purchase and on a card deposit start, and neither the ledger nor the payment
 * provider sees anything; RS256, ES256 and EdDSA keys of the set are accepted.
 */
class KeySetRefusalsApiTest {

    private static final String ISSUER = "https://id.plara.test/realms/shop";
    private static final String AUDIENCE = "plara";

    private final KeySetServer platform = new KeySetServer();
    private final RSAKey rsa = TestKeys.rsa("rsa-1");
    private final ECKey ec = TestKeys.ec("ec-1");
    private final KeyPair ed = TestKeys.ed25519();
    private TestServer api;

    @BeforeEach
    void start() {
        platform.publish(rsa, ec, TestKeys.okp(ed, "ed-1"));
        var settings = new JwtSettings(JwtKeys.KeySet.at(platform.url().toString()), Set.of(), ISSUER, Set.of(AUDIENCE),
                ClaimNames.DEFAULTS, "admin");
        api = TestServer.withAuthenticator(clock -> new JwtAuthenticator(settings, clock));
        api.harness.fund("alice", Money.usd(20_00));
    }

    @AfterEach
    void stop() {
        api.close();
        platform.close();
    }

    @Test
    void everyTokenThatIsNotGenuineOrNotForPlaraIsRefusedAndChangesNothing() throws Exception {
        var now = api.harness.clock.instant();
        var entries = api.ledgerEntries();
        var refused = List.of(
                rs256(jwt -> jwt.issuer("https://evil.example.net/realms/shop")),
                rs256(jwt -> jwt.audience("another-api")),
                rs256(jwt -> jwt.expirationTime(Date.from(now.minusSeconds(3600)))),
                Jwts.hmac(claims(jwt -> jwt).build(), JWSAlgorithm.HS256, rsa.toPublicKey().getEncoded()),
                Jwts.hmac(claims(jwt -> jwt).build(), JWSAlgorithm.HS256, rsa.toPublicJWK().toJSONString().getBytes()),
                Jwts.unsigned(claims(jwt -> jwt).build()),
                Jwts.sign(claims(jwt -> jwt).build(), header(JWSAlgorithm.RS256, "rsa-2"), TestKeys.signer(TestKeys.rsa("x"))),
                Jwts.sign(claims(jwt -> jwt).build(), header(JWSAlgorithm.RS256, "rsa-1"), TestKeys.signer(TestKeys.rsa("x"))),
                Jwts.sign(claims(jwt -> jwt).build(), header(JWSAlgorithm.RS256, "ec-1"), TestKeys.signer(rsa)));

        for (String token : refused) {
            var purchase = api.post("/api/purchases").bearer(token).json("{\"item_id\":\"video-intro\"}").send();
            var deposit = api.post("/api/deposits/card").bearer(token).json("{\"amount\":1000,\"currency\":\"USD\"}")
                    .send();

            assertThat(List.of(purchase.status(), deposit.status())).as(token).containsOnly(401);
            assertThat(purchase.problem()).isEqualTo("unauthenticated");
        }
        assertThat(api.ledgerEntries()).isEqualTo(entries);
        assertThat(api.harness.provider.checkouts).isEmpty();
        assertThat(api.harness.balanceOf("alice")).isEqualTo(Money.usd(20_00));
        assertThat(api.post("/api/purchases").bearer(rs256(jwt -> jwt)).json("{\"item_id\":\"video-intro\"}").send()
                .status()).as("the same purchase with a genuine token").isEqualTo(201);
    }

    @Test
    void es256AndEdDsaKeysOfTheSetSignInToo() {
        var es256 = Jwts.sign(claims(jwt -> jwt).build(), header(JWSAlgorithm.ES256, "ec-1"), TestKeys.signer(ec));
        var eddsa = Jwts.sign(claims(jwt -> jwt).build(), header(JWSAlgorithm.EdDSA, "ed-1"), TestKeys.signer(ed));
        var edWithRsaId = Jwts.sign(claims(jwt -> jwt).build(), header(JWSAlgorithm.EdDSA, "rsa-1"),
                TestKeys.signer(ed));

        assertThat(api.get("/api/me").bearer(es256).send().json().path("user_id").asText()).isEqualTo("alice");
        assertThat(api.get("/api/me").bearer(eddsa).send().json().path("user_id").asText()).isEqualTo("alice");
        assertThat(api.get("/api/me").bearer(edWithRsaId).send().status()).isEqualTo(401);
    }

    private String rs256(UnaryOperator<JWTClaimsSet.Builder> change) {
        return Jwts.sign(claims(change).build(), header(JWSAlgorithm.RS256, "rsa-1"), TestKeys.signer(rsa));
    }

    private JWTClaimsSet.Builder claims(UnaryOperator<JWTClaimsSet.Builder> change) {
        return change.apply(api.tokens.claims("alice").issuer(ISSUER).audience(AUDIENCE));
    }

    private static JWSHeader header(JWSAlgorithm algorithm, String keyId) {
        return new JWSHeader.Builder(algorithm).keyID(keyId).build();
    }
}
