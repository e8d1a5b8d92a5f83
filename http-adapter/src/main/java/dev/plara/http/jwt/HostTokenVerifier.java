package dev.plara.http.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.text.ParseException;
import java.time.Clock;
import java.util.Optional;

/**
 * Checks a host platform's token against {@link JwtSettings} with nimbus's JWT processor: signature by an allowed
 * algorithm and key, then the claims. Refusals are logged at debug level with their reason (never the token); a key
 * set that cannot be fetched is logged as a warning, since then nobody can sign in.
 */
public final class HostTokenVerifier {

    private static final Logger LOG = LoggerFactory.getLogger(HostTokenVerifier.class);
    private static final int MAX_TOKEN_LENGTH = 8_192;

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    public HostTokenVerifier(JwtSettings settings, Clock clock) {
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT,
                new JOSEObjectType("at+jwt"), new JOSEObjectType("application/at+jwt"), null));
        processor.setJWSKeySelector(new AllowedKeySelector(settings.algorithms(), KeyCandidates.of(settings.keys())));
        processor.setJWSVerifierFactory(new VerifierFactory());
        processor.setJWTClaimsSetVerifier(new ClockedClaimsVerifier(settings, clock));
    }

    /** The token's claims if it is genuine and valid now; empty for anything else. Never throws for a bad token. */
    public Optional<HostClaims> verify(String token) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        try {
            return Optional.of(new HostClaims(processor.process(token, null).getClaims()));
        } catch (RateLimitReachedException limited) {
            LOG.debug("host token refused: its key id is unknown and the key set was fetched again too recently");
        } catch (KeySourceException unreachable) {
            LOG.warn("the host platform's key set cannot be read: {}", unreachable.getMessage());
        } catch (ParseException | BadJOSEException | JOSEException | IllegalArgumentException refused) {
            LOG.debug("host token refused: {}", refused.getMessage());
        }
        return Optional.empty();
    }
}
