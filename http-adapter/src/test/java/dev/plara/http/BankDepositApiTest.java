package dev.plara.http;

import dev.plara.wallet.core.domain.deposit.DepositStatus;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.fixtures.ReceiptFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

class BankDepositApiTest {

    private final TestServer api = TestServer.start();

    @AfterEach
    void stop() {
        api.close();
    }

    private Reply submit(Multipart form) {
        return api.deposit("alice", form);
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
        assertThat(api.storedReceipts()).isZero();
    }

    @Test
    void badAmountsAndDetailsAreRefusedAndStoreNothing() {
        assertDetail(submit(withAmount("0", "USD")), "positive");
        assertDetail(submit(withAmount("-4000", "USD")), "positive");
        assertDetail(submit(withAmount("40.00", "USD")), "whole number");
        assertDetail(submit(withAmount("4000", "XYZ")), "currency");
        assertDetail(submit(withAmount("4000", "EUR")), "wallets do not hold EUR");
        assertDetail(submit(withAmount("10000000000", "USD")), "a bank deposit may be at most 10,000.00 USD");
        var badPhone = new Multipart().field("amount", "4000").field("currency", "USD").field("sender_name", "A")
                .field("transaction_code", "FT0001").field("phone", "call me")
                .file("receipt", "r.png", "image/png", ReceiptFiles.png());
        assertDetail(submit(badPhone), "phone");
        assertThat(api.storedReceipts()).isZero();
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
        assertThat(api.storedReceipts()).isEqualTo(1);
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
