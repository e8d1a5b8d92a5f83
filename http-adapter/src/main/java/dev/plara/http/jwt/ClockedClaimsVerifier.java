package dev.plara.http.jwt;

import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;

import java.time.Clock;
import java.util.Date;
import java.util.Set;

/**
 * nimbus's claims check (issuer, audience, {@code exp} required, {@code exp}/{@code nbf} with the clock skew) on an
 * injected clock, and a token issued in the future (beyond the skew) refused too.
 */
final class ClockedClaimsVerifier extends DefaultJWTClaimsVerifier<SecurityContext> {

    private final Clock clock;

    ClockedClaimsVerifier(JwtSettings settings, Clock clock) {
        super(settings.audiences().isEmpty() ? null : settings.audiences(),
                settings.issuer() == null ? null : new JWTClaimsSet.Builder().issuer(settings.issuer()).build(),
                Set.of("exp"), null);
        setMaxClockSkew((int) JwtSettings.CLOCK_SKEW.toSeconds());
        this.clock = clock;
    }

    @Override
    protected Date currentTime() {
        return Date.from(clock.instant());
    }

    @Override
    public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
        super.verify(claims, context);
        var issued = claims.getIssueTime();
        if (issued != null && issued.toInstant().isAfter(clock.instant().plus(JwtSettings.CLOCK_SKEW))) {
            throw new BadJWTException("JWT issued in the future");
        }
    }
}
