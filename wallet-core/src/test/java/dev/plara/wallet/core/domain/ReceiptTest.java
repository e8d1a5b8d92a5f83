package dev.plara.wallet.core.domain;

import dev.plara.wallet.core.domain.Receipt.ReceiptCheck;
import dev.plara.wallet.core.fixtures.ReceiptFiles;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class ReceiptTest {

    @Test
    void eachAcceptedTypeIsKnownByItsBytes() {
        assertThat(ReceiptType.sniff(ReceiptFiles.png())).contains(ReceiptType.PNG);
        assertThat(ReceiptType.sniff(ReceiptFiles.jpeg())).contains(ReceiptType.JPEG);
        assertThat(ReceiptType.sniff(ReceiptFiles.webp())).contains(ReceiptType.WEBP);
        assertThat(ReceiptType.sniff(ReceiptFiles.pdf())).contains(ReceiptType.PDF);
    }

    @Test
    void truncatedFilesAndOtherTypesAreNotReceipts() {
        var png = ReceiptFiles.png();
        var webp = ReceiptFiles.webp();

        assertThat(ReceiptType.sniff(Arrays.copyOf(png, png.length - 4))).isEmpty();
        assertThat(ReceiptType.sniff(Arrays.copyOf(ReceiptFiles.jpeg(), 10))).isEmpty();
        assertThat(ReceiptType.sniff(Arrays.copyOf(webp, webp.length + 1))).isEmpty();
        assertThat(ReceiptType.sniff("%PDF-1.4 no end".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ReceiptType.sniff("GIF89a......".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ReceiptType.sniff("<html><script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }

    @Test
    void aPngWithAScriptAppendedIsNotAPng() {
        var polyglot = concat(ReceiptFiles.png(), "<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII));

        assertThat(Receipt.inspect(polyglot, "image/png")).isInstanceOf(ReceiptCheck.Refused.class);
    }

    @Test
    void aDeclaredTypeThatTheBytesContradictIsRefused() {
        assertThat(Receipt.inspect(ReceiptFiles.jpeg(), "image/png"))
                .isEqualTo(new ReceiptCheck.Refused("the file is image/jpeg but was sent as image/png"));
        assertThat(Receipt.inspect(ReceiptFiles.jpeg(), "application/octet-stream"))
                .isInstanceOf(ReceiptCheck.Accepted.class);
        assertThat(Receipt.inspect(ReceiptFiles.pdf(), "application/pdf; charset=binary"))
                .isInstanceOf(ReceiptCheck.Accepted.class);
    }

    @Test
    void emptyAndOversizedUploadsAreRefusedWithTheReason() {
        assertThat(Receipt.inspect(new byte[0], null)).isEqualTo(new ReceiptCheck.Refused("the receipt file is empty"));
        var huge = Arrays.copyOf(ReceiptFiles.pdf(), Receipt.MAX_BYTES + 1);
        assertThat(Receipt.inspect(huge, null)).isEqualTo(new ReceiptCheck.Refused("the receipt is larger than 5 MiB"));
    }

    private static byte[] concat(byte[] first, byte[] second) {
        var joined = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }
}
