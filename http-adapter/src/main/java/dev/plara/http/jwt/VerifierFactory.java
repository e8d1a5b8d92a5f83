package dev.plara.http.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.proc.JWSVerifierFactory;

import java.security.Key;
import java.security.interfaces.EdECPublicKey;
import java.util.HashSet;
import java.util.Set;

/** nimbus's verifiers for HMAC, RSA and EC keys, and the JDK's Ed25519 for Ed25519 keys. */
final class VerifierFactory implements JWSVerifierFactory {

    private final DefaultJWSVerifierFactory standard = new DefaultJWSVerifierFactory();

    @Override
    public JWSVerifier createJWSVerifier(JWSHeader header, Key key) throws JOSEException {
        return key instanceof EdECPublicKey ed ? new Ed25519Verifier(ed) : standard.createJWSVerifier(header, key);
    }

    @Override
    public Set<JWSAlgorithm> supportedJWSAlgorithms() {
        var all = new HashSet<>(standard.supportedJWSAlgorithms());
        all.add(JWSAlgorithm.EdDSA);
        all.add(JWSAlgorithm.Ed25519);
        return all;
    }

    @Override
    public JCAContext getJCAContext() {
        return standard.getJCAContext();
    }
}
