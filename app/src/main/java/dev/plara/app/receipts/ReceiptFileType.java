package dev.plara.app.receipts;

import dev.plara.wallet.core.domain.deposit.ReceiptFormat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Tells the receipt formats apart by their bytes, never by a name or a declared type. A file must also be whole:
 * PNG's chunks and JPEG's markers are walked to the end marker, which must end the file, WebP's RIFF length must be
 * the file's, and a PDF must end with {@code %%EOF}. That turns away truncated files and polyglots (an image followed
 * by an HTML page or a ZIP archive, even one repeating the image's end marker).
 */
final class ReceiptFileType {

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int PDF_TAIL = 1024;

    private ReceiptFileType() {
    }

    /** The format these bytes really are, if they are a whole file of one of the accepted formats. */
    static Optional<ReceiptFormat> sniff(byte[] bytes) {
        return Arrays.stream(ReceiptFormat.values()).filter(format -> matches(format, bytes)).findFirst();
    }

    private static boolean matches(ReceiptFormat format, byte[] b) {
        return switch (format) {
            case PNG -> b.length >= 20 && startsWith(b, PNG_MAGIC) && ImageStructure.wholePng(b);
            case JPEG -> b.length >= 8 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF
                    && ImageStructure.wholeJpeg(b);
            case WEBP -> b.length >= 16 && ascii(b, 0, "RIFF") && ascii(b, 8, "WEBP") && riffLength(b) == b.length - 8;
            case PDF -> b.length >= 16 && ascii(b, 0, "%PDF-") && tail(b).contains("%%EOF");
        };
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean ascii(byte[] bytes, int at, String text) {
        byte[] expected = text.getBytes(StandardCharsets.US_ASCII);
        return Arrays.equals(bytes, at, at + expected.length, expected, 0, expected.length);
    }

    private static long riffLength(byte[] b) {
        return (b[4] & 0xFFL) | (b[5] & 0xFFL) << 8 | (b[6] & 0xFFL) << 16 | (b[7] & 0xFFL) << 24;
    }

    private static String tail(byte[] b) {
        int from = Math.max(0, b.length - PDF_TAIL);
        return new String(b, from, b.length - from, StandardCharsets.ISO_8859_1);
    }
}
