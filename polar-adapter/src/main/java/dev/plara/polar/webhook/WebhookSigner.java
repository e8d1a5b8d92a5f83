package dev.plara.polar.webhook;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.EmptyWebhookSecretException;
import com.standardwebhooks.exceptions.WebhookSigningException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Signs a webhook the Standard Webhooks way ({@code v1,} + base64 HMAC-SHA256 of {@code id.timestamp.body}) with one
 * key derivation of a secret; the emulator signs with it and the verifier recomputes with it.
 */
public final class WebhookSigner {

    private final Webhook webhook;
    private final KeyDerivation derivation;

    /** @throws IllegalArgumentException if {@code secret} has no key under {@code derivation} */
    public WebhookSigner(String secret, KeyDerivation derivation) {
        byte[] key = derivation.key(secret).orElseThrow(() ->
                new IllegalArgumentException("the secret has no " + derivation + " key"));
        try {
            this.webhook = new Webhook(key);
        } catch (EmptyWebhookSecretException e) {
            throw new IllegalArgumentException("the webhook secret is empty", e);
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
        try {
            return webhook.sign(webhookId, unixSeconds, strictUtf8(body));
        } catch (WebhookSigningException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }

    private static String strictUtf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the body is not UTF-8", e);
        }
    }
}
