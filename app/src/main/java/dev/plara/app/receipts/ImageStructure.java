package dev.plara.app.receipts;

/**
 * Walks the structure of PNG and JPEG files from their first byte to their end marker and checks that the file ends
 * right there. Matching the last bytes alone is not enough: a file can carry an HTML page or a ZIP archive after its
 * real end and then repeat the end marker (a polyglot), which only a walk finds.
 */
final class ImageStructure {

    private static final int PNG_SIGNATURE_LENGTH = 8;
    private static final int CHUNK_OVERHEAD = 12;

    private ImageStructure() {
    }

    /** Whether the chunks after the signature start with IHDR and end with an empty IEND that ends the file. */
    static boolean wholePng(byte[] b) {
        long at = PNG_SIGNATURE_LENGTH;
        boolean first = true;
        while (at + CHUNK_OVERHEAD <= b.length) {
            long length = uint32(b, (int) at);
            String type = new String(b, (int) at + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            long end = at + CHUNK_OVERHEAD + length;
            if (end > b.length || first && !type.equals("IHDR")) {
                return false;
            }
            if (type.equals("IEND")) {
                return length == 0 && end == b.length;
            }
            first = false;
            at = end;
        }
        return false;
    }

    /**
     * Whether the markers after the start-of-image lead, segment by segment and through the entropy-coded scans, to
     * an end-of-image marker that ends the file.
     */
    static boolean wholeJpeg(byte[] b) {
        int at = 2;
        while (at < b.length) {
            if ((b[at] & 0xFF) != 0xFF) {
                return false;
            }
            while (at < b.length && (b[at] & 0xFF) == 0xFF) {
                at++;
            }
            if (at >= b.length) {
                return false;
            }
            int marker = b[at++] & 0xFF;
            if (marker == 0xD9) {
                return at == b.length;
            }
            if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) {
                continue;
            }
            if (at + 2 > b.length) {
                return false;
            }
            int length = (b[at] & 0xFF) << 8 | b[at + 1] & 0xFF;
            if (length < 2 || at + length > b.length) {
                return false;
            }
            at += length;
            if (marker == 0xDA) {
                at = endOfScan(b, at);
            }
        }
        return false;
    }

    /** Where the entropy-coded data from {@code from} ends: at the next marker that is not a stuffed byte or a restart. */
    private static int endOfScan(byte[] b, int from) {
        for (int at = from; at + 1 < b.length; at++) {
            if ((b[at] & 0xFF) != 0xFF) {
                continue;
            }
            int next = b[at + 1] & 0xFF;
            if (next == 0x00 || next >= 0xD0 && next <= 0xD7) {
                at++;
            } else if (next != 0xFF) {
                return at;
            }
        }
        return b.length;
    }

    private static long uint32(byte[] b, int at) {
        return (b[at] & 0xFFL) << 24 | (b[at + 1] & 0xFFL) << 16 | (b[at + 2] & 0xFFL) << 8 | b[at + 3] & 0xFFL;
    }
}
