package dev.plara.app.receipts;

import dev.plara.wallet.core.domain.deposit.ReceiptFormat;
import dev.plara.wallet.core.domain.deposit.ReceiptUpload;
import dev.plara.wallet.core.fixtures.HostileFiles;
import dev.plara.wallet.core.fixtures.ReceiptFiles;
import dev.plara.wallet.core.port.out.ReceiptInspector.InspectionResult;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;

import static org.assertj.core.api.Assertions.assertThat;

/** Uploads crafted to pass for receipts are refused, saying why; whole files with unusual but harmless parts are not. */
class HostileReceiptTest {

    private static final String NOT_WHOLE = "the receipt must be a whole PNG, JPEG, WebP or PDF file, with nothing after"
            + " its end";

    @Test
    void imagesWithSomethingAfterTheirRealEndAreRefusedEvenWhenTheyRepeatTheEndMarker() {
        assertThat(inspect(HostileFiles.pngThenHtml(), "image/png")).isEqualTo(new InspectionResult.Refused(NOT_WHOLE));
        assertThat(inspect(HostileFiles.pngThenHtmlThenIend(), "image/png"))
                .isEqualTo(new InspectionResult.Refused(NOT_WHOLE));
        assertThat(inspect(HostileFiles.jpegThenZip(), "image/jpeg")).isEqualTo(new InspectionResult.Refused(NOT_WHOLE));
        assertThat(inspect(HostileFiles.jpegThenZipEndingLikeAJpeg(), "image/jpeg"))
                .isEqualTo(new InspectionResult.Refused(NOT_WHOLE));
    }

    @Test
    void pdfsThatRunJavaScriptAreRefusedHowEverTheyHideIt() {
        for (var pdf : new byte[][] {HostileFiles.pdfWithJavaScript(), HostileFiles.pdfWithEscapedJavaScript(),
            HostileFiles.pdfWithJavaScriptInAnObjectStream()}) {
            assertThat(inspect(pdf, "application/pdf")).isInstanceOfSatisfying(InspectionResult.Refused.class,
                    refused -> assertThat(refused.reason()).startsWith("the PDF holds active content (J"));
        }
    }

    @Test
    void aPdfWhoseObjectStreamCannotBeReadIsRefused() {
        var pdf = pdf("3 0 obj<</Type/ObjStm/N 1/First 4/Filter/LZWDecode/Length 4>>stream\nabcd\nendstream\nendobj\n");

        assertThat(inspect(pdf, null)).isEqualTo(new InspectionResult.Refused("the PDF holds active content (an"
                + " object stream that cannot be read); send a plain PDF or a screenshot of the transfer"));
    }

    @Test
    void pdfsWithOnlyHarmlessNamesAndCompressedObjectStreamsAreAccepted() {
        var objects = deflate("2 0 <</Type/Page/JSON(not a script)/JScript 1>>");
        var out = new ByteArrayOutputStream();
        out.writeBytes(ascii("%PDF-1.5\n1 0 obj<</Type/Catalog/Pages 7 0 R/OpenAction[8 0 R/FitH null]>>endobj\n"
                + ReceiptFiles.PAGE_TREE
                + "3 0 obj<</Type/ObjStm/N 1/First 4/Filter/FlateDecode/Length " + objects.length + ">>stream\n"));
        out.writeBytes(objects);
        out.writeBytes(ascii("\nendstream\nendobj\n4 0 obj<</Length 9>>stream\n/JS (x)/\nendstream\nendobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n"));

        assertThat(inspect(out.toByteArray(), "application/pdf")).isInstanceOf(InspectionResult.Accepted.class);
        assertThat(inspect(ReceiptFiles.pdf(), "application/pdf")).isInstanceOf(InspectionResult.Accepted.class);
    }

    @Test
    void wholeImagesWithTextChunksStuffedBytesAndRestartMarkersAreAccepted() {
        var png = ReceiptFiles.png();
        var withText = new ByteArrayOutputStream();
        withText.write(png, 0, png.length - 12);
        withText.writeBytes(new byte[] {0, 0, 0, 4, 't', 'E', 'X', 't', 'a', 0, 'b', 'c', 1, 2, 3, 4});
        withText.write(png, png.length - 12, 12);
        var jpegWithScan = new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xDA, 0, 8, 1, 1, 0, 0, 63, 0,
            0x12, (byte) 0xFF, 0x00, 0x34, (byte) 0xFF, (byte) 0xD0, 0x56, (byte) 0xFF, (byte) 0xFF, (byte) 0xD9};

        assertThat(ReceiptFileType.sniff(withText.toByteArray())).contains(ReceiptFormat.PNG);
        assertThat(ReceiptFileType.sniff(jpegWithScan)).contains(ReceiptFormat.JPEG);
        assertThat(ReceiptFileType.sniff(ReceiptFiles.jpeg())).contains(ReceiptFormat.JPEG);
    }

    private static byte[] pdf(String objects) {
        return ascii("%PDF-1.5\n1 0 obj<</Type/Catalog/Pages 7 0 R>>endobj\n" + ReceiptFiles.PAGE_TREE + objects
                + "trailer<</Root 1 0 R>>\n%%EOF\n");
    }

    private static byte[] deflate(String text) {
        var deflater = new Deflater();
        deflater.setInput(ascii(text));
        deflater.finish();
        var buffer = new byte[1024];
        int length = deflater.deflate(buffer);
        deflater.end();
        return java.util.Arrays.copyOf(buffer, length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static InspectionResult inspect(byte[] content, String declared) {
        return new FileReceiptInspector().inspect(new ReceiptUpload(content, declared));
    }
}
