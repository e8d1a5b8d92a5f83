package dev.plara.wallet.core.domain;

import java.util.Objects;
import java.util.Optional;

/** The bytes of a transfer receipt with the type they were found to be. The array is not copied: do not change it. */
public record Receipt(byte[] content, ReceiptType type) {

    /** Receipts larger than this are refused. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    public Receipt {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(type, "type");
        if (content.length == 0 || content.length > MAX_BYTES) {
            throw new IllegalArgumentException("a receipt is 1 byte to 5 MiB");
        }
    }

    /**
     * Checks an upload by its bytes and, when the sender declared a type, that the declaration is true.
     *
     * @return the receipt, or a refusal saying why
     */
    public static ReceiptCheck inspect(byte[] content, String declaredMediaType) {
        if (content == null || content.length == 0) {
            return new ReceiptCheck.Refused("the receipt file is empty");
        }
        if (content.length > MAX_BYTES) {
            return new ReceiptCheck.Refused("the receipt is larger than 5 MiB");
        }
        var sniffed = ReceiptType.sniff(content);
        if (sniffed.isEmpty()) {
            return new ReceiptCheck.Refused("the receipt must be a whole PNG, JPEG, WebP or PDF file, with nothing after"
                    + " its end");
        }
        var active = sniffed.get() == ReceiptType.PDF ? PdfActiveContent.find(content) : Optional.<String>empty();
        if (active.isPresent()) {
            return new ReceiptCheck.Refused("the PDF holds active content (" + active.get() + "); send a plain PDF"
                    + " or a screenshot of the transfer");
        }
        var declared = declaredMediaType == null ? null : declaredMediaType.split(";")[0].strip();
        if (declared != null && ReceiptType.ofMediaType(declared).filter(type -> type != sniffed.get()).isPresent()) {
            return new ReceiptCheck.Refused("the file is " + sniffed.get().mediaType() + " but was sent as " + declared);
        }
        return new ReceiptCheck.Accepted(new Receipt(content, sniffed.get()));
    }

    /** The outcome of inspecting an upload. */
    public sealed interface ReceiptCheck {
        /** A whole file of an accepted type. */
        record Accepted(Receipt receipt) implements ReceiptCheck {
        }

        /** Not acceptable, and why. */
        record Refused(String reason) implements ReceiptCheck {
        }
    }
}
