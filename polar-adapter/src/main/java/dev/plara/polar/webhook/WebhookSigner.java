package dev.plara.polar.webhook;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * Signs a webhook the Standard Webhooks way ({@code v1,} + base64 HMAC-SHA256 of {@code id.timestamp.body}) with one
 * key derivation of a secret; the emulator signs with it and the verifier recomputes with it. The key is set up once:
 * each signature clones that keyed HMAC and feeds it the body's own bytes.
 */
public final class WebhookSigner {

    private static final String HMAC_SHA256 = "HmacSHA256";

    private final Mac keyed;
    private final KeyDerivation derivation;

    /** @throws IllegalArgumentException if {@code secret} has no key under {@code derivation} */
    public WebhookSigner(String secret, KeyDerivation derivation) {
        byte[] key = derivation.key(secret).orElseThrow(() ->
                new IllegalArgumentException("the secret has no " + derivation + " key"));
        try {
            this.keyed = Mac.getInstance(HMAC_SHA256);
            keyed.init(new SecretKeySpec(key, HMAC_SHA256));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
        this.derivation = derivation;
    }

    public KeyDerivation derivation() {
        return derivation;
    }

    /**
     * The {@code v1,...} signature of the raw body bytes.
     *
     * @throws IllegalArgumentException if the body is not UTF-8 (so it cannot be the JSON Polar signed)
     */
    public String sign(String webhookId, long unixSeconds, byte[] body) {
        requireUtf8(body);
        Mac mac = fresh();
        mac.update((webhookId + "." + unixSeconds + ".").getBytes(StandardCharsets.UTF_8));
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
    }

    private Mac fresh() {
        try {
            return (Mac) keyed.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("HMAC-SHA256 cannot be reused", e);
        }
    }

    /** Decodes only from the first byte that is not ASCII (the usual JSON body has none): ASCII is UTF-8. */
    private static void requireUtf8(byte[] body) {
        int ascii = 0;
        while (ascii < body.length && body[ascii] >= 0) {
            ascii++;
        }
        if (ascii == body.length) {
            return;
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body, ascii, body.length - ascii));
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the body is not UTF-8", e);
        }
    }
}
