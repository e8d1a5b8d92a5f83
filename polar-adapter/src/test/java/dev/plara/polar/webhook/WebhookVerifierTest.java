package dev.plara.polar.webhook;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookVerifierTest {

    private static final String ID = "0a0b7a9e-1111-4222-8333-444455556666";
    private static final long TIMESTAMP = 1735689600L;
    private static final byte[] BODY = "{\"type\":\"order.paid\",\"timestamp\":\"2025-01-01T00:00:00Z\",\"data\":{\"id\":\"x\"}}"
            .getBytes(StandardCharsets.UTF_8);
    private static final String LEGACY_SECRET = "whsec_ovyN6cPrTv56AApvzCaJno08SSmGJmgbWilb33N2JuK";
    private static final String LEGACY_SIGNATURE = "v1,ziNIsvXoQHBrgNjjZEWUYmDXmci1HlToM7YpWCViDhI=";
    private static final String LEGACY_SECRET_DECODED_STANDARD = "v1,BtylLQW4psrV9XZP8bgwXEFH5a8qb08FxlwcL+64XjI=";
    private static final String STANDARD_SECRET = "whsec_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    private static final String STANDARD_SIGNATURE = "v1,1cgtsKFu5uD+NnLJ3HQdnlLPX+GYJ/NO8sf7FMhT1SM=";
    private static final String STANDARD_SECRET_LEGACY_KEY = "v1,Y6MqpCGBQLlkqdF9fBcodW4hOGdgKVBmGV7BtoVP/cw=";

    private final Clock atVectorTime = Clock.fixed(Instant.ofEpochSecond(TIMESTAMP), ZoneOffset.UTC);

    private static WebhookHeaders headers(String signature) {
        return new WebhookHeaders(ID, String.valueOf(TIMESTAMP), signature);
    }

    @Test
    void signersReproduceTheTestVectorsAndNotTheOtherDerivation() {
        assertThat(new WebhookSigner(LEGACY_SECRET, KeyDerivation.LEGACY).sign(ID, TIMESTAMP, BODY))
                .isEqualTo(LEGACY_SIGNATURE).isNotEqualTo(LEGACY_SECRET_DECODED_STANDARD);
        assertThat(new WebhookSigner(LEGACY_SECRET, KeyDerivation.STANDARD).sign(ID, TIMESTAMP, BODY))
                .isEqualTo(LEGACY_SECRET_DECODED_STANDARD);
        assertThat(new WebhookSigner(STANDARD_SECRET, KeyDerivation.STANDARD).sign(ID, TIMESTAMP, BODY))
                .isEqualTo(STANDARD_SIGNATURE).isNotEqualTo(STANDARD_SECRET_LEGACY_KEY);
        assertThat(new WebhookSigner(STANDARD_SECRET, KeyDerivation.LEGACY).sign(ID, TIMESTAMP, BODY))
                .isEqualTo(STANDARD_SECRET_LEGACY_KEY);
    }

    @Test
    void acceptsBothVectorsAndSaysWhichDerivationMatched() {
        assertThat(new WebhookVerifier(LEGACY_SECRET, atVectorTime).verify(headers(LEGACY_SIGNATURE), BODY))
                .isEqualTo(new SignatureCheck.Valid(ID, Instant.ofEpochSecond(TIMESTAMP), KeyDerivation.LEGACY));
        assertThat(new WebhookVerifier(STANDARD_SECRET, atVectorTime).verify(headers(STANDARD_SIGNATURE), BODY))
                .isEqualTo(new SignatureCheck.Valid(ID, Instant.ofEpochSecond(TIMESTAMP), KeyDerivation.STANDARD));
    }

    @Test
    void theWrongKeyDerivationFails() {
        WebhookVerifier legacyOnly = new WebhookVerifier(LEGACY_SECRET, EnumSet.of(KeyDerivation.LEGACY), atVectorTime);
        WebhookVerifier standardOnly = new WebhookVerifier(STANDARD_SECRET, EnumSet.of(KeyDerivation.STANDARD),
                atVectorTime);
        assertThat(legacyOnly.verify(headers(LEGACY_SECRET_DECODED_STANDARD), BODY))
                .isInstanceOf(SignatureCheck.BadSignature.class);
        assertThat(standardOnly.verify(headers(STANDARD_SECRET_LEGACY_KEY), BODY))
                .isInstanceOf(SignatureCheck.BadSignature.class);
        assertThat(legacyOnly.verify(headers(LEGACY_SIGNATURE), BODY).isValid()).isTrue();
        assertThat(standardOnly.verify(headers(STANDARD_SIGNATURE), BODY).isValid()).isTrue();
    }

    @Test
    void aTamperedBodyFails() {
        byte[] tampered = new String(BODY, StandardCharsets.UTF_8).replace("\"x\"", "\"y\"")
                .getBytes(StandardCharsets.UTF_8);
        byte[] reserialised = new String(BODY, StandardCharsets.UTF_8).replace(",", ", ")
                .getBytes(StandardCharsets.UTF_8);
        WebhookVerifier verifier = new WebhookVerifier(STANDARD_SECRET, atVectorTime);
        assertThat(verifier.verify(headers(STANDARD_SIGNATURE), tampered)).isInstanceOf(SignatureCheck.BadSignature.class);
        assertThat(verifier.verify(headers(STANDARD_SIGNATURE), reserialised))
                .isInstanceOf(SignatureCheck.BadSignature.class);
        assertThat(verifier.verify(new WebhookHeaders("another-id", String.valueOf(TIMESTAMP), STANDARD_SIGNATURE),
                BODY)).isInstanceOf(SignatureCheck.BadSignature.class);
    }

    @Test
    void aBodyThatIsNotUtf8FailsAsABadSignature() {
        byte[] notUtf8 = {(byte) 0xC3, (byte) 0x28};
        assertThat(new WebhookVerifier(STANDARD_SECRET, atVectorTime).verify(headers(STANDARD_SIGNATURE), notUtf8))
                .isEqualTo(new SignatureCheck.BadSignature("the body is not UTF-8"));
    }

    @Test
    void findsTheMatchingSignatureAmongSeveral() {
        String several = "v1,bm90IGEgc2lnbmF0dXJl v2,whatever " + STANDARD_SIGNATURE;
        assertThat(new WebhookVerifier(STANDARD_SECRET, atVectorTime).verify(headers(several), BODY).isValid())
                .isTrue();
    }

    @Test
    void timestampsMoreThanFiveMinutesAwayAreRefusedBothWays() {
        Instant sent = Instant.ofEpochSecond(TIMESTAMP);
        for (long offset : new long[] {301, -301}) {
            Clock clock = Clock.fixed(sent.plusSeconds(offset), ZoneOffset.UTC);
            assertThat(new WebhookVerifier(STANDARD_SECRET, clock).verify(headers(STANDARD_SIGNATURE), BODY))
                    .isEqualTo(new SignatureCheck.TimestampOutOfTolerance(sent, sent.plusSeconds(offset)));
        }
        Clock edge = Clock.fixed(sent.plusSeconds(300), ZoneOffset.UTC);
        assertThat(new WebhookVerifier(STANDARD_SECRET, edge).verify(headers(STANDARD_SIGNATURE), BODY).isValid())
                .isTrue();
    }

    @Test
    void missingOrUnreadableHeadersAreSaidSo() {
        WebhookVerifier verifier = new WebhookVerifier(STANDARD_SECRET, atVectorTime);
        assertThat(verifier.verify(WebhookHeaders.from(Map.of()), BODY))
                .isEqualTo(new SignatureCheck.MissingHeaders("missing webhook-id, webhook-timestamp, webhook-signature"));
        assertThat(verifier.verify(new WebhookHeaders(ID, "yesterday", STANDARD_SIGNATURE), BODY))
                .isInstanceOf(SignatureCheck.MissingHeaders.class);
    }

    @Test
    void readsHeadersInAnyCase() {
        Map<String, List<String>> raw = Map.of("Webhook-Id", List.of(ID), "WEBHOOK-TIMESTAMP",
                List.of(String.valueOf(TIMESTAMP)), "webhook-signature", List.of(STANDARD_SIGNATURE));
        assertThat(new WebhookVerifier(STANDARD_SECRET, atVectorTime).verify(WebhookHeaders.from(raw), BODY).isValid())
                .isTrue();
    }

    @Test
    void aSecretWithoutTheStandardFormHasOnlyTheLegacyKey() {
        assertThat(KeyDerivation.STANDARD.key("polar_whs_abc")).isEmpty();
        assertThat(KeyDerivation.LEGACY.key("polar_whs_abc")).contains("polar_whs_abc".getBytes(StandardCharsets.UTF_8));
    }
}
