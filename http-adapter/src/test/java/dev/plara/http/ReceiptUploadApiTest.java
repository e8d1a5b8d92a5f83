package dev.plara.http;

import dev.plara.wallet.core.fixtures.ReceiptFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Receipt uploads the form itself must refuse cleanly: oversized, truncated or malformed; nothing is stored. What the
 * bytes of a receipt are is judged by the bank-deposit use case's inspector (the app's tests hold files against it).
 */
class ReceiptUploadApiTest {

    private final TestServer api = TestServer.start();

    @AfterEach
    void stop() {
        api.close();
    }

    private Reply submit(Multipart form) {
        return api.deposit("alice", form);
    }

    private Reply submitRaw(String contentType, byte[] body) {
        return api.post("/api/deposits/bank").bearer(api.tokens.user("alice")).header("Content-Type", contentType)
                .body(body).send();
    }

    @Test
    void anOversizedReceiptIs413AndStoresNothing() {
        var justOver = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(ReceiptFiles.png(), 0, justOver, 0, ReceiptFiles.png().length);
        var wayOver = new byte[7 * 1024 * 1024];

        var slightly = submit(Multipart.deposit("FT0001", justOver, "image/png"));
        var far = submit(Multipart.deposit("FT0002", wayOver, "image/png"));

        assertThat(slightly.status()).as(slightly.text()).isEqualTo(413);
        assertThat(slightly.problem()).isEqualTo("payload-too-large");
        assertThat(far.status()).isEqualTo(413);
        assertThat(api.storedReceipts()).isZero();
    }

    @Test
    void anOversizedUploadWithoutADeclaredLengthIs413Too() {
        var form = Multipart.deposit("FT0001", new byte[7 * 1024 * 1024], "image/png");

        var chunked = api.post("/api/deposits/bank").bearer(api.tokens.user("alice"))
                .header("Content-Type", form.contentType())
                .body(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(form.bytes()))).send();

        assertThat(chunked.status()).as(chunked.text()).isEqualTo(413);
        assertThat(api.storedReceipts()).isZero();
    }

    @Test
    void aTruncatedOrMalformedUploadIs400AndStoresNothing() {
        var form = Multipart.deposit("FT0001", ReceiptFiles.png(), "image/png");

        var truncated = submitRaw(form.contentType(), form.truncated());
        var noBoundary = submitRaw("multipart/form-data", form.bytes());
        var garbage = submitRaw(form.contentType(), "not multipart at all".getBytes(StandardCharsets.UTF_8));

        for (var reply : new Reply[] {truncated, noBoundary, garbage}) {
            assertThat(reply.status()).as(reply.text()).isEqualTo(400);
            assertThat(reply.problem()).isEqualTo("invalid-request");
        }
        for (var unparsable : new Reply[] {truncated, garbage}) {
            assertThat(unparsable.headers().firstValue("connection")).as("Jetty will not reuse this connection")
                    .hasValue("close");
        }
        assertThat(api.storedReceipts()).isZero();
    }
}
