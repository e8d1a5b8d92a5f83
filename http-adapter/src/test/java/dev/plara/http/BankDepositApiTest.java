package dev.plara.http;

import dev.plara.wallet.core.domain.DepositStatus;
import dev.plara.wallet.core.domain.PageRequest;
import dev.plara.wallet.core.domain.UserId;
import dev.plara.wallet.core.fixtures.ReceiptFiles;
import dev.plara.wallet.core.memory.InMemoryReceiptStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class BankDepositApiTest {

    private final TestServer api = TestServer.start();

    @AfterEach
    void stop() {
        api.close();
    }

    private Reply submit(Multipart form) {
        return api.post("/api/deposits/bank").bearer(api.tokens.user("alice")).multipart(form).send();
    }

    private Reply submitRaw(String contentType, byte[] body) {
        return api.post("/api/deposits/bank").bearer(api.tokens.user("alice")).header("Content-Type", contentType)
                .body(body).send();
    }

    private int storedReceipts() {
        return ((InMemoryReceiptStore) api.harness.stores.receipts()).size();
    }

    @Test
    void aDepositWithAReceiptOfEachTypeIsStoredPending() {
        var types = new String[] {"image/png", "image/jpeg", "image/webp", "application/pdf"};
        var files = new byte[][] {ReceiptFiles.png(), ReceiptFiles.jpeg(), ReceiptFiles.webp(), ReceiptFiles.pdf()};
        for (int i = 0; i < types.length; i++) {
            var reply = submit(Multipart.deposit("FT000" + i, files[i], types[i]));

            assertThat(reply.status()).as(types[i] + ": " + reply.text()).isEqualTo(201);
            assertThat(reply.json().path("status").asText()).isEqualTo("pending");
            assertThat(reply.json().path("amount").path("formatted").asText()).isEqualTo("40.00 USD");
            assertThat(reply.json().path("transaction_code").asText()).isEqualTo("FT000" + i);
            assertThat(reply.json().path("receipt_url").asText()).endsWith("/receipt");
        }
        assertThat(api.harness.core.listDeposits().byStatus(DepositStatus.PENDING, PageRequest.first(10)).total())
                .isEqualTo(4);
    }

    @Test
    void aReceiptIsJudgedByItsBytesNotItsLabel() {
        var pngAsJpeg = submit(Multipart.deposit("FT0001", ReceiptFiles.png(), "image/jpeg"));
        var htmlAsPng = submit(Multipart.deposit("FT0002", "<html><script>alert(1)</script></html>"
                .getBytes(StandardCharsets.UTF_8), "image/png"));
        var cutPdf = submit(Multipart.deposit("FT0003", Arrays.copyOf(ReceiptFiles.pdf(), 20), "application/pdf"));

        for (var reply : new Reply[] {pngAsJpeg, htmlAsPng, cutPdf}) {
            assertThat(reply.status()).as(reply.text()).isEqualTo(415);
            assertThat(reply.problem()).isEqualTo("unsupported-media-type");
        }
        assertThat(pngAsJpeg.json().path("detail").asText()).contains("image/png", "image/jpeg");
        assertThat(storedReceipts()).isZero();
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
        assertThat(storedReceipts()).isZero();
    }

    @Test
    void anOversizedUploadWithoutADeclaredLengthIs413Too() {
        var form = Multipart.deposit("FT0001", new byte[7 * 1024 * 1024], "image/png");

        var chunked = api.post("/api/deposits/bank").bearer(api.tokens.user("alice"))
                .header("Content-Type", form.contentType())
                .body(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(form.bytes()))).send();

        assertThat(chunked.status()).as(chunked.text()).isEqualTo(413);
        assertThat(storedReceipts()).isZero();
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
        assertThat(storedReceipts()).isZero();
    }

    @Test
    void missingUnknownAndRepeatedFieldsAreNamed() {
        var noReceipt = new Multipart().field("amount", "4000").field("currency", "USD").field("sender_name", "A")
                .field("transaction_code", "FT0001").field("phone", "+251911234567");
        var noPhone = new Multipart().field("amount", "4000").field("currency", "USD").field("sender_name", "A")
                .field("transaction_code", "FT0001").file("receipt", "r.png", "image/png", ReceiptFiles.png());

        assertDetail(submit(noReceipt), "missing file field 'receipt'");
        assertDetail(submit(noPhone), "missing field 'phone'");
        assertDetail(submit(Multipart.deposit("FT0001", ReceiptFiles.png(), "image/png").field("bonus", "1")),
                "unknown field 'bonus'");
        assertDetail(submit(Multipart.deposit("FT0001", ReceiptFiles.png(), "image/png").field("amount", "1")),
                "'amount' was sent twice");
        assertThat(storedReceipts()).isZero();
    }

    @Test
    void badAmountsAndDetailsAreRefusedAndStoreNothing() {
        assertDetail(submit(withAmount("0", "USD")), "positive");
        assertDetail(submit(withAmount("-4000", "USD")), "positive");
        assertDetail(submit(withAmount("40.00", "USD")), "whole number");
        assertDetail(submit(withAmount("4000", "XYZ")), "currency");
        assertDetail(submit(withAmount("4000", "EUR")), "wallets do not hold EUR");
        var badPhone = new Multipart().field("amount", "4000").field("currency", "USD").field("sender_name", "A")
                .field("transaction_code", "FT0001").field("phone", "call me")
                .file("receipt", "r.png", "image/png", ReceiptFiles.png());
        assertDetail(submit(badPhone), "phone");
        assertThat(storedReceipts()).isZero();
    }

    @Test
    void aJsonBodyIsTheWrongMediaType() {
        var reply = api.post("/api/deposits/bank").bearer(api.tokens.user("alice")).json("{\"amount\":4000}").send();

        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.problem()).isEqualTo("unsupported-media-type");
    }

    @Test
    void aTransactionCodeCanBeSubmittedOnce() {
        submit(Multipart.deposit("FT0001", ReceiptFiles.png(), "image/png"));

        var again = api.post("/api/deposits/bank").bearer(api.tokens.user("bob"))
                .multipart(Multipart.deposit("ft 0001", ReceiptFiles.png(), "image/png")).send();

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problem()).isEqualTo("duplicate-transaction-code");
        assertThat(storedReceipts()).isEqualTo(1);
    }

    @Test
    void usersListTheirOwnDepositsOnlyNewestFirstWithRejectionReasons() {
        submit(Multipart.deposit("FT0001", ReceiptFiles.png(), "image/png"));
        api.harness.clock.tick();
        var second = submit(Multipart.deposit("FT0002", ReceiptFiles.pdf(), "application/pdf")).json().path("id").asText();
        api.post("/api/admin/deposits/" + second + "/reject").bearer(api.tokens.admin("root"))
                .json("{\"reason\":\"the receipt is unreadable\"}").send();

        var alices = api.get("/api/deposits").bearer(api.tokens.user("alice")).send().json();
        var bobs = api.get("/api/deposits").bearer(api.tokens.user("bob")).send().json();

        assertThat(alices.path("total").asLong()).isEqualTo(2);
        assertThat(alices.path("items").get(0).path("id").asText()).isEqualTo(second);
        assertThat(alices.path("items").get(0).path("status").asText()).isEqualTo("rejected");
        assertThat(alices.path("items").get(0).path("rejection_reason").asText()).isEqualTo("the receipt is unreadable");
        assertThat(alices.path("items").get(1).path("status").asText()).isEqualTo("pending");
        assertThat(bobs.path("total").asLong()).isZero();
    }

    @Test
    void aReceiptIsServedToItsOwnerAndAdminsOnlyAsTheSniffedType() {
        var id = submit(Multipart.deposit("FT0001", ReceiptFiles.png(), "image/png")).json().path("id").asText();
        var path = "/api/admin/deposits/" + id + "/receipt";

        var owner = api.get(path).bearer(api.tokens.user("alice")).send();
        var admin = api.get(path).bearer(api.tokens.admin("root")).send();
        var stranger = api.get(path).bearer(api.tokens.user("bob")).send();

        for (var reply : new Reply[] {owner, admin}) {
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.body()).isEqualTo(ReceiptFiles.png());
            assertThat(reply.header("content-type")).isEqualTo("image/png");
            assertThat(reply.header("x-content-type-options")).isEqualTo("nosniff");
            assertThat(reply.header("content-disposition")).startsWith("inline");
            assertThat(reply.header("cache-control")).isEqualTo("private, no-store");
        }
        assertThat(stranger.status()).isEqualTo(403);
        assertThat(api.get("/api/admin/deposits/nope/receipt").bearer(api.tokens.admin("root")).send().status())
                .isEqualTo(404);
        assertThat(api.get("/api/admin/deposits/nope/receipt").bearer(api.tokens.user("bob")).send().status())
                .isEqualTo(403);
        assertThat(api.harness.stores.deposits().ofUser(UserId.of("bob"), PageRequest.first(5)).total()).isZero();
    }

    private static Multipart withAmount(String amount, String currency) {
        return new Multipart().field("amount", amount).field("currency", currency).field("sender_name", "Alice")
                .field("transaction_code", "FT0009").field("phone", "+251911234567")
                .file("receipt", "r.png", "image/png", ReceiptFiles.png());
    }

    private static void assertDetail(Reply reply, String detail) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.problem()).isEqualTo("invalid-request");
        assertThat(reply.json().path("detail").asText()).contains(detail);
    }
}
