package dev.plara.wallet.core.port.out;

import dev.plara.wallet.core.domain.deposit.Receipt;
import dev.plara.wallet.core.domain.deposit.ReceiptUpload;

import java.util.function.Function;

/**
 * Judges a file sent as a transfer receipt by its bytes, before anything is stored.
 *
 * <p>Contract: {@link #inspect} never throws for bad input. It accepts only a whole PNG, JPEG, WebP or PDF file of
 * 1 byte to {@link Receipt#MAX_BYTES} (nothing after the format's end: no polyglot), a PDF only without active content
 * (scripts, actions a reader runs by itself, launch actions, embedded files, forms that submit), and only when the
 * declared media type, if it names one of these formats, is the one the bytes are. Anything else is {@code Refused}
 * with the reason in words the sender can act on.
 */
public interface ReceiptInspector {

    InspectionResult inspect(ReceiptUpload upload);

    /** The outcome of inspecting an upload. */
    sealed interface InspectionResult {

        /** Calls the function for this variant; a new variant fails to compile until every caller handles it. */
        <T> T match(Function<Accepted, T> accepted, Function<Refused, T> refused);

        /** A whole file of an accepted format. */
        record Accepted(Receipt receipt) implements InspectionResult {
            @Override
            public <T> T match(Function<Accepted, T> accepted, Function<Refused, T> refused) {
                return accepted.apply(this);
            }
        }

        /** Not acceptable, and why. */
        record Refused(String reason) implements InspectionResult {
            @Override
            public <T> T match(Function<Accepted, T> accepted, Function<Refused, T> refused) {
                return refused.apply(this);
            }
        }
    }
}
