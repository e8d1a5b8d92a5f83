package dev.plara.http.jwt;

import com.nimbusds.jose.jwk.Curve;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Public keys in PEM form, and the JWS algorithms each kind of key verifies. */
final class PemKeys {

    private static final List<String> KEY_TYPES = List.of("RSA", "EC", "Ed25519");
    private static final Set<String> RSA_ALGORITHMS = Set.of("RS256", "RS384", "RS512", "PS256", "PS384", "PS512");
    private static final Map<Curve, String> EC_ALGORITHMS = Map.of(Curve.P_256, "ES256", Curve.P_384, "ES384",
            Curve.P_521, "ES512");
    private static final Set<String> ED25519_ALGORITHMS = Set.of("EdDSA", "Ed25519");

    private PemKeys() {
    }

    /** The key of a {@code BEGIN PUBLIC KEY} block (X.509 SubjectPublicKeyInfo) or of its bare base64. */
    static PublicKey parse(String pem) {
        var base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        if (base64.contains("-----")) {
            throw new IllegalArgumentException("only a '-----BEGIN PUBLIC KEY-----' block is read (not a certificate, "
                    + "a PKCS#1 'RSA PUBLIC KEY' or a private key)");
        }
        byte[] der;
        try {
            der = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("not a public key in PEM form: the text between the lines is not base64");
        }
        for (String type : KEY_TYPES) {
            try {
                var key = KeyFactory.getInstance(type).generatePublic(new X509EncodedKeySpec(der));
                algorithmsFor(key);
                return key;
            } catch (GeneralSecurityException notThisType) {
                // try the next kind of key
            }
        }
        throw new IllegalArgumentException("not a public key in PEM form (RSA, EC P-256/P-384/P-521 or Ed25519)");
    }

    /** Every algorithm {@code key} can verify; a key of another kind or curve is refused. */
    static Set<String> algorithmsFor(PublicKey key) {
        if (key instanceof RSAPublicKey) {
            return RSA_ALGORITHMS;
        }
        if (key instanceof ECPublicKey ec) {
            var algorithm = EC_ALGORITHMS.get(Curve.forECParameterSpec(ec.getParams()));
            if (algorithm == null) {
                throw new IllegalArgumentException("an EC key must be on the P-256, P-384 or P-521 curve");
            }
            return Set.of(algorithm);
        }
        if (key instanceof EdECPublicKey ed && "Ed25519".equalsIgnoreCase(ed.getParams().getName())) {
            return ED25519_ALGORITHMS;
        }
        throw new IllegalArgumentException("the key must be RSA, EC (P-256, P-384, P-521) or Ed25519, not "
                + key.getAlgorithm());
    }

    /** The algorithm the key implies when none is configured: RS256, ES256/384/512, or EdDSA (Ed25519). */
    static Set<String> impliedAlgorithmFor(PublicKey key) {
        return key instanceof RSAPublicKey ? Set.of("RS256") : algorithmsFor(key);
    }
}
