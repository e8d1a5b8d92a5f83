package dev.plara.http.jwt;

import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;

import javax.crypto.spec.SecretKeySpec;
import java.security.Key;
import java.util.List;

/** The configured keys that might have signed a token, given its header. */
@FunctionalInterface
interface KeyCandidates {

    List<Key> forHeader(JWSHeader header) throws KeySourceException;

    /** A secret or a single public key is the one candidate whatever the key id; a key set is looked up. */
    static KeyCandidates of(JwtKeys keys) {
        if (keys instanceof JwtKeys.SharedSecret shared) {
            var secret = new SecretKeySpec(shared.secret(), "HmacSHA256");
            return header -> List.of(secret);
        }
        if (keys instanceof JwtKeys.PublicKey single) {
            return header -> List.of(single.key());
        }
        return new KeySetCandidates((JwtKeys.KeySet) keys);
    }
}
