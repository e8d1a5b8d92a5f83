package dev.plara.http;

import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.fixtures.ReceiptFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DepositListingApiTest {

    private final TestServer api = TestServer.start();

    @AfterEach
    void stop() {
        api.close();
    }

    private Reply submit(Multipart form) {
        return api.deposit("alice", form);
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
}
