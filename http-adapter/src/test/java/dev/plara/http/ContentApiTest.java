package dev.plara.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plara.wallet.core.domain.money.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentApiTest {

    private final TestServer api = TestServer.start();

    @AfterEach
    void stop() {
        api.close();
    }

    private Reply buy(String json) {
        return api.post("/api/purchases").bearer(api.tokens.user("alice")).json(json).send();
    }

    private static JsonNode item(JsonNode catalog, String id) {
        for (var item : catalog.path("items")) {
            if (item.path("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no item " + id);
    }

    @Test
    void theCatalogListsItemsWithPricesAndHidesWhatOnlyOwnersOpen() {
        var catalog = api.get("/api/catalog").send().json();

        var plan = item(catalog, "plan-monthly");
        assertThat(plan.path("kind").asText()).isEqualTo("subscription_plan");
        assertThat(plan.path("access_period_days").asLong()).isEqualTo(30);
        assertThat(plan.path("price").path("formatted").asText()).isEqualTo("9.00 USD");
        assertThat(plan.has("owned")).isFalse();
        assertThat(item(catalog, "video-intro").has("media_ref")).isFalse();
    }

    @Test
    void aPurchaseSpendsTheBalanceAndTheCatalogThenShowsItOwned() {
        api.harness.fund("alice", Money.usd(10_00));

        var bought = buy("{\"item_id\":\"video-intro\"}");
        var catalog = api.get("/api/catalog").bearer(api.tokens.user("alice")).send().json();

        assertThat(bought.status()).isEqualTo(201);
        assertThat(bought.json().path("balance").path("amount").asLong()).isEqualTo(7_00);
        assertThat(bought.json().path("access").path("active").asBoolean()).isTrue();
        assertThat(item(catalog, "video-intro").path("owned").asBoolean()).isTrue();
        assertThat(item(catalog, "video-intro").path("media_ref").asText()).isEqualTo("/media/intro.mp4");
        assertThat(item(catalog, "photo-sunrise").path("owned").asBoolean()).isFalse();
        assertThat(item(api.get("/api/catalog").bearer(api.tokens.user("bob")).send().json(), "video-intro")
                .path("owned").asBoolean()).isFalse();
    }

    @Test
    void anUnaffordablePurchaseIs402WithBalanceAndPriceAndChangesNothing() {
        api.harness.fund("alice", Money.usd(1_00));

        var refused = buy("{\"item_id\":\"plan-monthly\"}");

        assertThat(refused.status()).isEqualTo(402);
        assertThat(refused.problem()).isEqualTo("insufficient-funds");
        assertThat(refused.json().path("balance").path("amount").asLong()).isEqualTo(1_00);
        assertThat(refused.json().path("price").path("amount").asLong()).isEqualTo(9_00);
        assertThat(api.harness.balanceOf("alice")).isEqualTo(Money.usd(1_00));
        assertThat(api.get("/api/grants").bearer(api.tokens.user("alice")).send().json().path("grants")).isEmpty();
    }

    @Test
    void owningTwiceIsRefusedAndUnknownItemsAreNotFound() {
        api.harness.fund("alice", Money.usd(10_00));
        buy("{\"item_id\":\"photo-sunrise\"}");

        var twice = buy("{\"item_id\":\"photo-sunrise\"}");

        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.problem()).isEqualTo("already-owned");
        assertThat(api.harness.balanceOf("alice")).isEqualTo(Money.usd(8_50));
        assertThat(buy("{\"item_id\":\"video-missing\"}").problem()).isEqualTo("unknown-item");
        assertThat(buy("{\"item_id\":\"../etc/passwd\"}").status()).isEqualTo(404);
        assertThat(buy("{}").status()).isEqualTo(400);
        assertThat(buy("{\"item_id\":7}").status()).isEqualTo(400);
    }

    @Test
    void grantsListWhatPaidForAccessAndWhatItOpens() {
        api.harness.fund("alice", Money.usd(10_00));
        buy("{\"item_id\":\"plan-monthly\"}");

        var grants = api.get("/api/grants").bearer(api.tokens.user("alice")).send().json().path("grants");

        assertThat(grants).hasSize(1);
        assertThat(grants.get(0).path("source").asText()).isEqualTo("store-plan:purchase:alice:plan-monthly#1");
        assertThat(grants.get(0).path("sold_as").asText()).isEqualTo("plan-monthly");
        assertThat(grants.get(0).path("unlocks").asText()).isEqualTo("all");
        assertThat(grants.get(0).path("active").asBoolean()).isTrue();
        assertThat(grants.get(0).path("valid_until").asText()).isEqualTo("2026-12-22T10:00:00.002Z");
        assertThat(api.get("/api/grants").bearer(api.tokens.user("bob")).send().json().path("grants")).isEmpty();
    }

    @Test
    void aPlanOpensEveryItemItUnlocksAndTheAccessCheckSaysWhy() {
        var before = api.get("/api/access/video-intro").bearer(api.tokens.user("alice")).send().json();
        assertThat(before.path("open").asBoolean()).isFalse();
        assertThat(before.path("reason").asText()).isEqualTo("Not bought");
        api.harness.fund("alice", Money.usd(10_00));

        buy("{\"item_id\":\"plan-monthly\"}");

        var video = api.get("/api/access/video-intro").bearer(api.tokens.user("alice")).send().json();
        assertThat(video.path("open").asBoolean()).isTrue();
        assertThat(video.path("reason").asText()).isEqualTo("Unlocked by Monthly plan until 22 Dec 2026");
        assertThat(video.path("grant").path("source").asText()).startsWith("store-plan:");
        var catalog = api.get("/api/catalog").bearer(api.tokens.user("alice")).send().json();
        assertThat(item(catalog, "photo-sunrise").path("owned").asBoolean()).isTrue();
        assertThat(item(catalog, "photo-sunrise").path("media_ref").asText()).isNotBlank();
        assertThat(api.get("/media/video-intro").bearer(api.tokens.user("bob")).send().status()).isEqualTo(403);
        assertThat(api.get("/api/access/nothing-here").bearer(api.tokens.user("alice")).send().status())
                .isEqualTo(404);
    }
}
