package dev.plara.http;

import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.fixtures.FakePaymentProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CardDepositApiTest {

    private final TestServer api = TestServer.start();
    private final FakePaymentProvider provider = api.harness.provider;

    @AfterEach
    void stop() {
        api.close();
    }

    private Reply card(String json) {
        return api.post("/api/deposits/card").bearer(api.tokens.user("alice")).json(json).send();
    }

    @Test
    void aCardDepositOpensATopUpCheckoutForTheSignedInUser() {
        var reply = card("{\"amount\":1000,\"currency\":\"USD\"}");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().path("checkout_id").asText()).isNotBlank();
        var request = provider.checkouts.get(0);
        assertThat(request.user()).isEqualTo(UserId.of("alice"));
        assertThat(request.amount()).isEqualTo(Money.usd(10_00));
        assertThat(request.productId()).isEqualTo(FakePaymentProvider.TOP_UP);
    }

    @Test
    void cardAmountsOutsideTheAllowedChoicesAreRefusedWithTheChoices() {
        var tooSmall = card("{\"amount\":50,\"currency\":\"USD\"}");

        assertProblem(tooSmall, 422, "amount-not-allowed");
        assertThat(tooSmall.json().path("detail").asText()).contains("5.00 USD", "50.00 USD", "1.00 USD", "1,000.00 USD");
        assertProblem(card("{\"amount\":0,\"currency\":\"USD\"}"), 422, "amount-not-allowed");
        assertProblem(card("{\"amount\":-1000,\"currency\":\"USD\"}"), 422, "amount-not-allowed");
        assertProblem(card("{\"amount\":200000000,\"currency\":\"USD\"}"), 422, "amount-not-allowed");
        assertProblem(card("{\"amount\":1000,\"currency\":\"EUR\"}"), 422, "amount-not-allowed");
        assertThat(provider.checkouts).isEmpty();
    }

    @Test
    void malformedCardRequestsAre400sThatNameTheProblem() {
        assertDetail(card("{\"amount\":1000,\"currency\":\"XYZ\"}"), "currency");
        assertDetail(card("{\"amount\":1000,\"currency\":\"usd\"}"), "currency");
        assertDetail(card("{\"amount\":\"1000\",\"currency\":\"USD\"}"), "'amount' must be a whole number");
        assertDetail(card("{\"amount\":10.5,\"currency\":\"USD\"}"), "'amount' must be a whole number");
        assertDetail(card("{\"amount\":99999999999999999999,\"currency\":\"USD\"}"), "'amount' must be a whole number");
        assertDetail(card("{\"amount\":1000}"), "missing field 'currency'");
        assertDetail(card("{\"amount\":null,\"currency\":\"USD\"}"), "missing field 'amount'");
        assertDetail(card("{\"amount\":1000,\"currency\":\"USD\",\"bonus\":1}"), "unknown field 'bonus'");
        assertDetail(card("{\"amount\":1000,\"currency\":\"USD\""), "malformed JSON");
        assertDetail(card("{\"amount\":1000,\"amount\":2000,\"currency\":\"USD\"}"), "malformed JSON");
        assertDetail(card("{\"amount\":1000,\"currency\":\"USD\"} trailing"), "malformed JSON");
        assertDetail(card("[1000,\"USD\"]"), "must be a JSON object");
        assertDetail(card(""), "must be a JSON object");
        assertThat(provider.checkouts).isEmpty();
    }

    @Test
    void aBodyThatIsNotJsonOrTooLargeIsRefused() {
        var form = api.post("/api/deposits/card").bearer(api.tokens.user("alice"))
                .header("Content-Type", "application/x-www-form-urlencoded").body("amount=1000".getBytes()).send();
        var huge = card("{\"amount\":1000,\"currency\":\"USD\",\"pad\":\"" + "x".repeat(70_000) + "\"}");

        assertProblem(form, 415, "unsupported-media-type");
        assertProblem(huge, 413, "payload-too-large");
    }

    @Test
    void aProviderOutageWhileOpeningIsA502() {
        provider.down(true);

        assertProblem(card("{\"amount\":1000,\"currency\":\"USD\"}"), 502, "provider-unavailable");
    }

    private static void assertProblem(Reply reply, int status, String slug) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        assertThat(reply.problem()).isEqualTo(slug);
    }

    private static void assertDetail(Reply reply, String detail) {
        assertProblem(reply, 400, "invalid-request");
        assertThat(reply.json().path("detail").asText()).contains(detail);
    }
}
