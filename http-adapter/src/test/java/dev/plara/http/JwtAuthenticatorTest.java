package dev.plara.http;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.fixtures.TestClock;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The HS256 shared secret: the token's claims, algorithms, expiry with the 30 s clock skew, and forgeries. */
class JwtAuthenticatorTest {

    private final TestClock clock = TestClock.standard();
    private final Tokens tokens = new Tokens(Tokens.randomSecret(), clock);
    private final JwtAuthenticator hs256 = JwtAuthenticator.hs256(tokens.secret(), clock);

    @Test
    void aValidTokenNamesTheUserWithEmailNameAndRoles() {
        var principal = hs256.authenticate(tokens.admin("alice")).orElseThrow();

        assertThat(principal).isEqualTo(new Principal(UserId.of("alice"), "alice@example.org", "alice", Set.of("admin")));
        assertThat(principal.isAdmin()).isTrue();
        assertThat(hs256.authenticate(tokens.user("bob")).orElseThrow().isAdmin()).isFalse();
        assertThat(hs256.authenticate(tokens.sign("carol", jwt -> jwt.claim("roles", "admin")))).as("one role as text")
                .map(Principal::isAdmin).contains(true);
    }

    @Test
    void optionalClaimsFallBack() {
        var token = tokens.sign("carol", jwt -> jwt.claim("email", "not an email").claim("name", null));

        var principal = hs256.authenticate(token).orElseThrow();

        assertThat(principal.email()).isNull();
        assertThat(principal.name()).isEqualTo("carol");
        assertThat(principal.roles()).isEmpty();
    }

    @Test
    void refusesAlgNoneAnotherKeyAndAnAlgorithmNotConfigured() throws Exception {
        var claims = tokens.claims("alice").build();
        var longSecret = new byte[64];
        var hs256WithLongSecret = JwtAuthenticator.hs256(longSecret, clock);

        assertThat(hs256.authenticate(Jwts.unsigned(claims))).isEmpty();
        assertThat(hs256.authenticate(Jwts.hmac(claims, JWSAlgorithm.HS256, Tokens.randomSecret()))).isEmpty();
        assertThat(hs256WithLongSecret.authenticate(Jwts.hmac(claims, JWSAlgorithm.HS256, longSecret))).isPresent();
        assertThat(hs256WithLongSecret.authenticate(Jwts.hmac(claims, JWSAlgorithm.HS512, longSecret)))
                .as("HS512 is not HS256, the one configured").isEmpty();
        var typed = new JWSHeader.Builder(JWSAlgorithm.HS256).type(new JOSEObjectType("secevent+jwt")).build();
        assertThat(hs256.authenticate(Jwts.sign(claims, typed, new MACSigner(tokens.secret())))).isEmpty();
    }

    @Test
    void expiryNotBeforeAndIssuedAtAreJudgedWithThirtySecondsOfSkew() {
        var now = clock.instant();
        assertThat(hs256.authenticate(at("exp", now.minusSeconds(20)))).isPresent();
        assertThat(hs256.authenticate(at("exp", now.minusSeconds(40)))).isEmpty();
        assertThat(hs256.authenticate(at("nbf", now.plusSeconds(20)))).isPresent();
        assertThat(hs256.authenticate(at("nbf", now.plusSeconds(40)))).isEmpty();
        assertThat(hs256.authenticate(at("iat", now.plusSeconds(20)))).isPresent();
        assertThat(hs256.authenticate(at("iat", now.plusSeconds(40)))).as("issued in the future").isEmpty();
        var noExpiry = Jwts.hmac(new JWTClaimsSet.Builder().subject("alice").build(), JWSAlgorithm.HS256,
                tokens.secret());
        assertThat(hs256.authenticate(noExpiry)).isEmpty();

        var token = tokens.user("alice");
        clock.advance(Duration.ofHours(2));
        assertThat(hs256.authenticate(token)).isEmpty();
    }

    @Test
    void refusesAMissingOrUnusableSubject() {
        assertThat(hs256.authenticate(tokens.sign(null, jwt -> jwt))).isEmpty();
        assertThat(hs256.authenticate(tokens.sign(" ", jwt -> jwt))).isEmpty();
        assertThat(hs256.authenticate(tokens.sign("x".repeat(200), jwt -> jwt))).isEmpty();
        assertThat(hs256.authenticate(tokens.sign("guest:alice@example.org", jwt -> jwt))).isEmpty();
        assertThat(hs256.authenticate(tokens.sign(" alice", jwt -> jwt))).isEmpty();
    }

    @Test
    void refusesATamperedPayloadAndMalformedRoles() {
        var parts = tokens.user("alice").split("\\.");
        var forged = Base64.getUrlEncoder().withoutPadding().encodeToString(new String(Base64.getUrlDecoder()
                .decode(parts[1]), StandardCharsets.UTF_8).replace("alice", "bobby").getBytes(StandardCharsets.UTF_8));
        assertThat(hs256.authenticate(parts[0] + "." + forged + "." + parts[2])).isEmpty();
        assertThat(hs256.authenticate(tokens.sign("alice", jwt -> jwt.claim("roles", 42)))).isEmpty();
        assertThat(hs256.authenticate(tokens.sign("alice", jwt -> jwt.claim("roles", List.of(Map.of("a", 1))))))
                .isEmpty();
        assertThat(hs256.authenticate("not.a.jwt")).isEmpty();
        assertThat(hs256.authenticate("")).isEmpty();
        assertThat(hs256.authenticate(null)).isEmpty();
    }

    @Test
    void refusesAShortSecret() {
        assertThatThrownBy(() -> JwtAuthenticator.hs256(new byte[16], clock)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 32 bytes");
    }

    private String at(String claim, java.time.Instant when) {
        return tokens.sign("alice", jwt -> jwt.claim(claim, Date.from(when)));
    }
}
