package dev.plara.app.receipts;

import dev.plara.wallet.core.domain.deposit.Receipt;
import dev.plara.wallet.core.domain.deposit.ReceiptFormat;
import dev.plara.wallet.core.domain.deposit.ReceiptUpload;
import dev.plara.wallet.core.fixtures.ReceiptFiles;
import dev.plara.wallet.core.port.out.ReceiptInspector.InspectionResult;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class ReceiptFileTest {

    @Test
    void eachAcceptedTypeIsKnownByItsBytes() {
        assertThat(ReceiptFileType.sniff(ReceiptFiles.png())).contains(ReceiptFormat.PNG);
        assertThat(ReceiptFileType.sniff(ReceiptFiles.jpeg())).contains(ReceiptFormat.JPEG);
        assertThat(ReceiptFileType.sniff(ReceiptFiles.webp())).contains(ReceiptFormat.WEBP);
        assertThat(ReceiptFileType.sniff(ReceiptFiles.pdf())).contains(ReceiptFormat.PDF);
    }

    @Test
    void truncatedFilesAndOtherTypesAreNotReceipts() {
        var png = ReceiptFiles.png();
        var webp = ReceiptFiles.webp();

        assertThat(ReceiptFileType.sniff(Arrays.copyOf(png, png.length - 4))).isEmpty();
        assertThat(ReceiptFileType.sniff(Arrays.copyOf(ReceiptFiles.jpeg(), 10))).isEmpty();
        assertThat(ReceiptFileType.sniff(Arrays.copyOf(webp, webp.length + 1))).isEmpty();
        assertThat(ReceiptFileType.sniff("%PDF-1.4 no end".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ReceiptFileType.sniff("GIF89a......".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ReceiptFileType.sniff("<html><script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }

    @Test
    void aPngWithAScriptAppendedIsNotAPng() {
        var polyglot = concat(ReceiptFiles.png(), "<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII));

        assertThat(inspect(polyglot, "image/png")).isInstanceOf(InspectionResult.Refused.class);
    }

    @Test
    void aDeclaredTypeThatTheBytesContradictIsRefused() {
        assertThat(inspect(ReceiptFiles.jpeg(), "image/png"))
                .isEqualTo(new InspectionResult.Refused("the file is image/jpeg but was sent as image/png"));
        assertThat(inspect(ReceiptFiles.jpeg(), "application/octet-stream"))
                .isInstanceOf(InspectionResult.Accepted.class);
        assertThat(inspect(ReceiptFiles.pdf(), "application/pdf; charset=binary"))
                .isInstanceOf(InspectionResult.Accepted.class);
    }

    @Test
    void emptyAndOversizedUploadsAreRefusedWithTheReason() {
        assertThat(inspect(new byte[0], null)).isEqualTo(new InspectionResult.Refused("the receipt file is empty"));
        var huge = Arrays.copyOf(ReceiptFiles.pdf(), Receipt.MAX_BYTES + 1);
        assertThat(inspect(huge, null)).isEqualTo(new InspectionResult.Refused("the receipt is larger than 5 MiB"));
    }

    private static byte[] concat(byte[] first, byte[] second) {
        var joined = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }

    private static InspectionResult inspect(byte[] content, String declared) {
        return new FileReceiptInspector().inspect(new ReceiptUpload(content, declared));
    }
}
