package dev.plara.wallet.core.domain.deposit;

import java.util.Objects;

/**
 * The bytes of a transfer receipt with the format an inspection found them to be. The array is not copied: do not
 * change it.
 */
public record Receipt(byte[] content, ReceiptFormat type) {

    /** Receipts larger than this are refused. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    public Receipt {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(type, "type");
        if (content.length == 0 || content.length > MAX_BYTES) {
            throw new IllegalArgumentException("a receipt is 1 byte to 5 MiB");
        }
    }
}
