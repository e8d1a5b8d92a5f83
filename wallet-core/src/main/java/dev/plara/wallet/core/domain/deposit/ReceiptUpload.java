package dev.plara.wallet.core.domain.deposit;

import java.util.Objects;

/**
 * A file sent as a transfer receipt, not yet inspected: its bytes and the media type its sender declared. The array
 * is not copied: do not change it.
 *
 * @param declaredMediaType the media type the sender declared, or {@code null}
 */
public record ReceiptUpload(byte[] content, String declaredMediaType) {

    public ReceiptUpload {
        Objects.requireNonNull(content, "content");
    }
}
