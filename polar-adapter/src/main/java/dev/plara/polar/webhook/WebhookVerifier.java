package dev.plara.polar.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks Polar webhook deliveries on their raw body bytes: Standard Webhooks signatures (several may share the header),
 * a timestamp within five minutes of the injected clock, and the secret's key under each accepted derivation.
 */
public final class WebhookVerifier {

    public static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final List<WebhookSigner> signers = new ArrayList<>();
    private final Clock clock;

    /** Accepts both key derivations, as a verifier must while secrets of both ages exist. */
    public WebhookVerifier(String secret, Clock clock) {
        this(secret, EnumSet.allOf(KeyDerivation.class), clock);
    }

    public WebhookVerifier(String secret, Set<KeyDerivation> derivations, Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        for (KeyDerivation derivation : derivations) {
            derivation.key(secret).ifPresent(key -> signers.add(new WebhookSigner(secret, derivation)));
        }
        if (signers.isEmpty()) {
            throw new IllegalArgumentException("the webhook secret gives no key under " + derivations);
        }
    }

    public SignatureCheck verify(WebhookHeaders headers, byte[] body) {
        List<String> missing = new ArrayList<>();
        addIfBlank(missing, WebhookHeaders.ID, headers.id());
        addIfBlank(missing, WebhookHeaders.TIMESTAMP, headers.timestamp());
        addIfBlank(missing, WebhookHeaders.SIGNATURE, headers.signature());
        if (!missing.isEmpty()) {
            return new SignatureCheck.MissingHeaders("missing " + String.join(", ", missing));
        }
        long seconds;
        try {
            seconds = Long.parseLong(headers.timestamp().strip());
        } catch (NumberFormatException e) {
            return new SignatureCheck.MissingHeaders("webhook-timestamp is not unix seconds: " + headers.timestamp());
        }
        Instant timestamp = Instant.ofEpochSecond(seconds);
        Instant now = clock.instant();
        if (Duration.between(timestamp, now).abs().compareTo(TOLERANCE) > 0) {
            return new SignatureCheck.TimestampOutOfTolerance(timestamp, now);
        }
        return checkSignatures(headers, seconds, timestamp, body);
    }

    private SignatureCheck checkSignatures(WebhookHeaders headers, long seconds, Instant timestamp, byte[] body) {
        String[] offered = SPACES.split(headers.signature().strip());
        for (WebhookSigner signer : signers) {
            byte[] expected;
            try {
                expected = signer.sign(headers.id(), seconds, body).getBytes(StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notUtf8) {
                return new SignatureCheck.BadSignature(notUtf8.getMessage());
            }
            for (String signature : offered) {
                if (MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8))) {
                    return new SignatureCheck.Valid(headers.id(), timestamp, signer.derivation());
                }
            }
        }
        return new SignatureCheck.BadSignature("no signature matches the body");
    }

    private static void addIfBlank(List<String> missing, String name, String value) {
        if (value == null || value.isBlank()) {
            missing.add(name);
        }
    }
}
