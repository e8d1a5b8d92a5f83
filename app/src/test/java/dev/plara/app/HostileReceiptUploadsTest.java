package dev.plara.app;

import dev.plara.wallet.core.fixtures.HostileFiles;
import dev.plara.wallet.core.fixtures.ReceiptFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Issue 6: receipt uploads to the real server that must be refused cleanly (a problem naming why, never a 5xx) with
 * nothing stored: no deposit and no GridFS file in the server's own database. Polyglots, mislabelled files,
 * oversized and truncated bodies.
 */
@Timeout(60)
class HostileReceiptUploadsTest {

    private static final String AYANA = HostTokens.user("ayana");

    @TempDir
    static Path workingDirectory;

    private static InProcessPlara plara;

    @BeforeAll
    static void start() {
        plara = InProcessPlara.start(workingDirectory);
        plara.signIn("ayana");
    }

    @AfterAll
    static void stop() {
        plara.close();
    }

    static Stream<Arguments> hostileReceipts() {
        var html = "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8);
        var png = ReceiptFiles.png();
        return Stream.of(
                arguments("PNG with HTML appended", HostileFiles.pngThenHtml(), "image/png", 415),
                arguments("PNG, HTML, then another IEND", HostileFiles.pngThenHtmlThenIend(), "image/png", 415),
                arguments("JPEG with a ZIP appended", HostileFiles.jpegThenZip(), "image/jpeg", 415),
                arguments("JPEG with a ZIP ending in FFD9", HostileFiles.jpegThenZipEndingLikeAJpeg(), "image/jpeg", 415),
                arguments("PDF with JavaScript", HostileFiles.pdfWithJavaScript(), "application/pdf", 415),
                arguments("PDF with escaped JavaScript", HostileFiles.pdfWithEscapedJavaScript(), "application/pdf", 415),
                arguments("PDF with JavaScript in an object stream", HostileFiles.pdfWithJavaScriptInAnObjectStream(),
                        "application/pdf", 415),
                arguments("HTML labelled PNG", html, "image/png", 415),
                arguments("PDF labelled PNG", ReceiptFiles.pdf(), "image/png", 415),
                arguments("PNG labelled PDF", png, "application/pdf", 415),
                arguments("truncated PNG", Arrays.copyOf(png, png.length - 5), "image/png", 415),
                arguments("6 MiB PNG", Arrays.copyOf(png, 6 * 1024 * 1024), "image/png", 413));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileReceipts")
    void isRefusedWithAClearProblemAndNothingIsStored(String what, byte[] receipt, String declared, int status) {
        var before = Stored.now();
        var reply = plara.http.send(MultipartForm.deposit("FT-" + what.hashCode(), receipt, declared)
                .post(plara.http, AYANA));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.problem()).isEqualTo(status == 413 ? "payload-too-large" : "unsupported-media-type");
        assertThat(reply.json().path("detail").asText()).isNotBlank();
        assertThat(Stored.now()).isEqualTo(before);
    }

    @Test
    void aReceiptIsJudgedByItsBytesNotItsLabel() {
        var before = Stored.now();
        var pngAsJpeg = upload("FT0001", ReceiptFiles.png(), "image/jpeg");
        var htmlAsPng = upload("FT0002", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
                "image/png");
        var cutPdf = upload("FT0003", Arrays.copyOf(ReceiptFiles.pdf(), 20), "application/pdf");

        for (var reply : List.of(pngAsJpeg, htmlAsPng, cutPdf)) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(415);
            assertThat(reply.problem()).isEqualTo("unsupported-media-type");
        }
        assertThat(pngAsJpeg.json().path("detail").asText()).contains("image/png", "image/jpeg");
        assertThat(Stored.now()).isEqualTo(before);
    }

    private static HttpReply upload(String code, byte[] receipt, String declared) {
        return plara.http.send(MultipartForm.deposit(code, receipt, declared).post(plara.http, AYANA));
    }

    @Test
    void aTruncatedMultipartBodyIsRefusedAndNothingIsStored() {
        var before = Stored.now();
        var reply = plara.http.send(MultipartForm.deposit("FT-CUT", ReceiptFiles.png(), "image/png")
                .postTruncated(plara.http, AYANA));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.problem()).isEqualTo("invalid-request");
        assertThat(Stored.now()).isEqualTo(before);
    }

    /** The same server stores a genuine receipt, so "nothing stored" above is not a check looking in the wrong place. */
    @Test
    void aGenuineReceiptIsStoredWhereTheseChecksLook() {
        var before = Stored.now();
        var reply = plara.http.send(MultipartForm.deposit("FT-GENUINE", ReceiptFiles.png(), "image/png")
                .post(plara.http, AYANA));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(Stored.now()).isEqualTo(new Stored(before.deposits() + 1, before.files() + 1, before.chunks() + 1,
                before.balance()));
    }

    /** What an upload could leave behind: deposits, GridFS files and chunks, and ayana's balance. */
    private record Stored(long deposits, long files, long chunks, long balance) {
        static Stored now() {
            return new Stored(plara.count("bank_deposits"), plara.count("receipts.files"),
                    plara.count("receipts.chunks"), plara.http.usdBalance("ayana"));
        }
    }
}
