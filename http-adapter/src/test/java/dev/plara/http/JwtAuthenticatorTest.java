package dev.plara.http;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.fixtures.TestClock;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    }

    @Test
    void optionalClaimsFallBack() {
        var token = JWT.create().withSubject("carol").withExpiresAt(clock.instant().plusSeconds(60))
                .withClaim("email", "not an email").sign(Algorithm.HMAC256(tokens.secret()));

        var principal = hs256.authenticate(token).orElseThrow();

        assertThat(principal.email()).isNull();
        assertThat(principal.name()).isEqualTo("carol");
        assertThat(principal.roles()).isEmpty();
    }

    @Test
    void refusesAlgNoneWrongKeyAndOtherAlgorithms() {
        var claims = tokens.claims("alice");
        assertThat(hs256.authenticate(claims.sign(Algorithm.none()))).isEmpty();
        assertThat(hs256.authenticate(tokens.claims("alice").sign(Algorithm.HMAC256(Tokens.randomSecret())))).isEmpty();
        assertThat(hs256.authenticate(tokens.claims("alice").sign(Algorithm.HMAC384(tokens.secret())))).isEmpty();
        assertThat(hs256.authenticate(unsignedNone())).isEmpty();
    }

    @Test
    void refusesExpiredNotYetValidAndTokensWithoutExpiry() {
        var now = clock.instant();
        assertThat(hs256.authenticate(tokens.sign("alice", jwt -> jwt.withExpiresAt(now.minusSeconds(3600))))).isEmpty();
        assertThat(hs256.authenticate(tokens.sign("alice", jwt -> jwt.withNotBefore(now.plusSeconds(3600))))).isEmpty();
        var noExpiry = JWT.create().withSubject("alice").sign(Algorithm.HMAC256(tokens.secret()));
        assertThat(hs256.authenticate(noExpiry)).isEmpty();

        var token = tokens.user("alice");
        clock.advance(Duration.ofHours(2));
        assertThat(hs256.authenticate(token)).isEmpty();
    }

    @Test
    void refusesAMissingOrUnusableSubject() {
        assertThat(hs256.authenticate(tokens.sign(null, jwt -> jwt))).isEmpty();
        assertThat(hs256.authenticate(tokens.sign(" ", jwt -> jwt))).isEmpty();
        assertThat(hs256.authenticate(tokens.sign("a/b", jwt -> jwt))).isEmpty();
        assertThat(hs256.authenticate(tokens.sign("guest:alice@example.org", jwt -> jwt))).isEmpty();
    }

    @Test
    void refusesATamperedPayloadAndMalformedRoles() {
        var parts = tokens.user("alice").split("\\.");
        var forged = Base64.getUrlEncoder().withoutPadding().encodeToString(new String(Base64.getUrlDecoder()
                .decode(parts[1]), StandardCharsets.UTF_8).replace("alice", "bobby").getBytes(StandardCharsets.UTF_8));
        assertThat(hs256.authenticate(parts[0] + "." + forged + "." + parts[2])).isEmpty();
        assertThat(hs256.authenticate(tokens.sign("alice", jwt -> jwt.withClaim("roles", "admin")))).isEmpty();
        assertThat(hs256.authenticate("not.a.jwt")).isEmpty();
        assertThat(hs256.authenticate("")).isEmpty();
        assertThat(hs256.authenticate(null)).isEmpty();
    }

    @Test
    void rs256AcceptsItsKeyAndRefusesTheKeyConfusionTrick() throws Exception {
        var keys = rsaKeys();
        var publicKey = (RSAPublicKey) keys.getPublic();
        var rs256 = JwtAuthenticator.rs256(publicKey, clock);
        var signed = tokens.claims("alice").sign(Algorithm.RSA256(publicKey, (RSAPrivateKey) keys.getPrivate()));

        assertThat(rs256.authenticate(signed)).map(Principal::user).contains(UserId.of("alice"));
        assertThat(rs256.authenticate(tokens.claims("alice").sign(Algorithm.HMAC256(publicKey.getEncoded())))).isEmpty();
        assertThat(rs256.authenticate(tokens.user("alice"))).isEmpty();
        assertThat(rs256.authenticate(tokens.claims("alice").sign(Algorithm.none()))).isEmpty();
    }

    @Test
    void rs256ReadsAPemPublicKeyAndRefusesAnythingElse() throws Exception {
        var keys = rsaKeys();
        var pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";

        assertThat(JwtAuthenticator.publicKeyFromPem(pem)).isEqualTo(keys.getPublic());
        assertThatThrownBy(() -> JwtAuthenticator.rs256("-----BEGIN PUBLIC KEY-----\nbm9wZQ==\n-----END PUBLIC KEY-----"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAShortSecret() {
        assertThatThrownBy(() -> JwtAuthenticator.hs256(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    private String unsignedNone() {
        var header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
        var payload = Base64.getUrlEncoder().withoutPadding().encodeToString(("{\"sub\":\"alice\",\"exp\":"
                + clock.instant().plusSeconds(600).getEpochSecond() + "}").getBytes());
        return header + "." + payload + ".";
    }

    private static KeyPair rsaKeys() throws NoSuchAlgorithmException {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }
}
