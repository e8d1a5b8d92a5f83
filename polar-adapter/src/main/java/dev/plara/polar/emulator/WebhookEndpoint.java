package dev.plara.polar.emulator;

import dev.plara.polar.webhook.KeyDerivation;
import dev.plara.polar.webhook.WebhookSigner;

import java.net.URI;
import java.util.Objects;

/** A registered receiver of webhooks and the secret (and key derivation) its deliveries are signed with. */
record WebhookEndpoint(String id, URI url, WebhookSigner signer) {

    WebhookEndpoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(signer, "signer");
    }

    static WebhookEndpoint of(String id, URI url, String secret, KeyDerivation derivation) {
        return new WebhookEndpoint(id, url, new WebhookSigner(secret, derivation));
    }
}
