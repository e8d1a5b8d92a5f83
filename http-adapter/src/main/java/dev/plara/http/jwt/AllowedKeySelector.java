package dev.plara.http.jwt;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.SecurityContext;

import java.security.Key;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** No key at all for a token whose {@code alg} is not one of those allowed; otherwise the candidate keys. */
final class AllowedKeySelector implements JWSKeySelector<SecurityContext> {

    private final Set<JWSAlgorithm> allowed;
    private final KeyCandidates candidates;

    AllowedKeySelector(Set<String> allowed, KeyCandidates candidates) {
        this.allowed = allowed.stream().map(JWSAlgorithm::parse).collect(Collectors.toUnmodifiableSet());
        this.candidates = candidates;
    }

    @Override
    public List<? extends Key> selectJWSKeys(JWSHeader header, SecurityContext context) throws KeySourceException {
        return allowed.contains(header.getAlgorithm()) ? candidates.forHeader(header) : List.of();
    }
}
