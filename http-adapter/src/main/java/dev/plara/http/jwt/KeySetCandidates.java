package dev.plara.http.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;

import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The keys of a JWKS URL through nimbus's caching, rate-limited source: fetched on first use, kept for the cache
 * lifetime, fetched again when a token names a key id the cached set lacks (at most twice per refetch interval).
 */
final class KeySetCandidates implements KeyCandidates {

    private static final int TIMEOUT_MILLIS = 2_000;
    private static final int SIZE_LIMIT_BYTES = 100_000;
    private static final long REFRESH_WAIT_MILLIS = 5_000;
    /** The X.509 SubjectPublicKeyInfo header of an Ed25519 key, before its 32 bytes (RFC 8410). */
    private static final byte[] ED25519_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private final JWKSource<SecurityContext> source;

    KeySetCandidates(JwtKeys.KeySet keySet) {
        var retriever = new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS, SIZE_LIMIT_BYTES);
        try {
            this.source = JWKSourceBuilder.<SecurityContext>create(keySet.url().toURL(), retriever)
                    .cache(keySet.cacheLifetime().toMillis(), REFRESH_WAIT_MILLIS)
                    .refreshAheadCache(false)
                    .rateLimited(keySet.refetchInterval().toMillis())
                    .build();
        } catch (MalformedURLException bad) {
            throw new UncheckedIOException(bad);
        }
    }

    @Override
    public List<Key> forHeader(JWSHeader header) throws KeySourceException {
        var matcher = JWKMatcher.forJWSHeader(header);
        if (matcher == null) {
            return List.of();
        }
        var keys = new ArrayList<Key>();
        for (JWK jwk : source.get(new JWKSelector(matcher), null)) {
            publicKeyOf(jwk).ifPresent(keys::add);
        }
        return keys;
    }

    private static Optional<Key> publicKeyOf(JWK jwk) {
        try {
            if (jwk instanceof OctetKeyPair okp) {
                return Curve.Ed25519.equals(okp.getCurve()) ? Optional.of(ed25519(okp.getDecodedX())) : Optional.empty();
            }
            return jwk instanceof AsymmetricJWK asymmetric ? Optional.of(asymmetric.toPublicKey()) : Optional.empty();
        } catch (JOSEException | GeneralSecurityException unusable) {
            return Optional.empty();
        }
    }

    private static Key ed25519(byte[] x) throws GeneralSecurityException {
        var encoded = new byte[ED25519_PREFIX.length + x.length];
        System.arraycopy(ED25519_PREFIX, 0, encoded, 0, ED25519_PREFIX.length);
        System.arraycopy(x, 0, encoded, ED25519_PREFIX.length, x.length);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
    }
}
