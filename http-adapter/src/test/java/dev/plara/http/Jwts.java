package dev.plara.http;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

/** Signs test JWTs with nimbus the way host platforms do, and the ways attackers try. */
final class Jwts {

    private Jwts() {
    }

    /** {@code claims} signed by {@code signer} under {@code header}. */
    static String sign(JWTClaimsSet claims, JWSHeader header, JWSSigner signer) {
        var jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException failed) {
            throw new IllegalStateException(failed);
        }
        return jwt.serialize();
    }

    /** {@code claims} signed with an HMAC {@code algorithm} keyed by {@code secret} (whatever those bytes are). */
    static String hmac(JWTClaimsSet claims, JWSAlgorithm algorithm, byte[] secret) {
        try {
            return sign(claims, new JWSHeader(algorithm), new MACSigner(secret));
        } catch (JOSEException tooShort) {
            throw new IllegalStateException(tooShort);
        }
    }

    /** {@code claims} with {@code alg: none} and no signature. */
    static String unsigned(JWTClaimsSet claims) {
        return new PlainJWT(claims).serialize();
    }
}
