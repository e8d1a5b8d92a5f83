package dev.plara.http;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import dev.plara.http.jwt.ClaimNames;
import dev.plara.http.jwt.JwtKeys;
import dev.plara.http.jwt.JwtSettings;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.fixtures.TestClock;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One public key in PEM form (RSA, EC P-256, Ed25519): its own algorithm only, and never the key-confusion trick. */
class PublicKeyJwtTest {

    private final TestClock clock = TestClock.standard();
    private final Tokens tokens = new Tokens(Tokens.randomSecret(), clock);

    @Test
    void rs256AcceptsItsKeyAndRefusesTheKeyConfusionTrick() throws Exception {
        var rsa = TestKeys.rsa("k1");
        var pem = TestKeys.pem(rsa.toPublicKey());
        var rs256 = authenticator(pem);
        var claims = tokens.claims("alice").build();

        assertThat(rs256.authenticate(Jwts.sign(claims, new JWSHeader(JWSAlgorithm.RS256), TestKeys.signer(rsa))))
                .map(Principal::user).contains(UserId.of("alice"));
        assertThat(rs256.authenticate(Jwts.hmac(claims, JWSAlgorithm.HS256, pem.getBytes(StandardCharsets.UTF_8))))
                .as("HS256 keyed with the PEM text of the public key").isEmpty();
        assertThat(rs256.authenticate(Jwts.hmac(claims, JWSAlgorithm.HS256, rsa.toPublicKey().getEncoded())))
                .as("HS256 keyed with the public key's bytes").isEmpty();
        assertThat(rs256.authenticate(Jwts.unsigned(claims))).isEmpty();
        assertThat(rs256.authenticate(Jwts.sign(claims, new JWSHeader(JWSAlgorithm.RS256),
                TestKeys.signer(TestKeys.rsa("k1"))))).as("another key with the same id").isEmpty();
        assertThat(rs256.authenticate(Jwts.sign(claims, new JWSHeader(JWSAlgorithm.PS256), TestKeys.signer(rsa))))
                .as("PS256 was not configured").isEmpty();
    }

    @Test
    void es256AndEdDsaKeysAreAcceptedWithTheirOwnAlgorithm() throws Exception {
        var ec = TestKeys.ec("ec-1");
        var ed = TestKeys.ed25519();
        var claims = tokens.claims("alice").build();
        var es256 = authenticator(TestKeys.pem(ec.toPublicKey()));
        var eddsa = authenticator(TestKeys.pem(ed.getPublic()));

        assertThat(es256.authenticate(Jwts.sign(claims, new JWSHeader(JWSAlgorithm.ES256), TestKeys.signer(ec))))
                .isPresent();
        assertThat(es256.authenticate(Jwts.sign(claims, new JWSHeader(JWSAlgorithm.ES256),
                TestKeys.signer(TestKeys.ec("ec-1"))))).isEmpty();
        assertThat(eddsa.authenticate(Jwts.sign(claims, new JWSHeader(JWSAlgorithm.EdDSA), TestKeys.signer(ed))))
                .isPresent();
        assertThat(eddsa.authenticate(Jwts.sign(claims, new JWSHeader(JWSAlgorithm.EdDSA),
                TestKeys.signer(TestKeys.ed25519())))).isEmpty();
        assertThat(eddsa.authenticate(Jwts.hmac(claims, JWSAlgorithm.HS256, ed.getPublic().getEncoded()))).isEmpty();
    }

    @Test
    void aPemThatIsNotAPublicKeyIsRefusedSayingWhatIsRead() {
        assertThatThrownBy(() -> JwtKeys.PublicKey.fromPem("-----BEGIN PUBLIC KEY-----\nbm9wZQ==\n-----END PUBLIC KEY-----"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RSA, EC P-256/P-384/P-521 or Ed25519");
        assertThatThrownBy(() -> JwtKeys.PublicKey.fromPem("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----"))
                .hasMessageContaining("only a '-----BEGIN PUBLIC KEY-----' block");
        assertThatThrownBy(() -> JwtKeys.PublicKey.fromPem("not base64 at all!"))
                .hasMessageContaining("not base64");
        var bare = Base64.getEncoder().encodeToString(TestKeys.ed25519().getPublic().getEncoded());
        assertThat(JwtKeys.PublicKey.fromPem(bare).possibleAlgorithms()).containsExactlyInAnyOrder("EdDSA", "Ed25519");
    }

    @Test
    void theAlgorithmsMustBeOnesTheKeyCanVerifyAndNeverNone() throws Exception {
        var rsa = JwtKeys.PublicKey.fromPem(TestKeys.pem(TestKeys.rsa("k").toPublicKey()));

        assertThatThrownBy(() -> settings(rsa, "HS256")).hasMessageContaining("'HS256' cannot be verified with this "
                + "public key; these keys take PS256, PS384, PS512, RS256, RS384, RS512");
        assertThatThrownBy(() -> settings(rsa, "ES256")).hasMessageContaining("'ES256' cannot be verified");
        assertThatThrownBy(() -> settings(rsa, "none")).hasMessageContaining("'none' (unsigned tokens) is never accepted");
        assertThatThrownBy(() -> settings(JwtKeys.KeySet.at("https://example.org/jwks.json"), "HS256"))
                .hasMessageContaining("cannot be verified with a JWKS URL");
        assertThat(settings(rsa, "RS256", "PS256").algorithms()).containsExactlyInAnyOrder("RS256", "PS256");
        assertThat(JwtSettings.of(rsa).algorithms()).containsExactly("RS256");
    }

    private static JwtSettings settings(JwtKeys keys, String... algorithms) {
        return new JwtSettings(keys, Set.of(algorithms), null, Set.of(), ClaimNames.DEFAULTS, "admin");
    }

    private JwtAuthenticator authenticator(String pem) {
        return new JwtAuthenticator(JwtSettings.of(JwtKeys.PublicKey.fromPem(pem)), clock);
    }
}
