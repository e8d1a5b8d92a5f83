package dev.plara.http;

import dev.plara.wallet.core.domain.access.CatalogItem;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.access.ItemKind;
import dev.plara.wallet.core.domain.money.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MediaApiTest {

    private final TestServer api = TestServer.start();

    @BeforeEach
    void demoItems() {
        api.harness.stores.catalog().save(new CatalogItem(ItemId.of("video-welcome"), ItemKind.VIDEO, "Welcome",
                "A tour", Money.usd(2_00), null, "demo:video-welcome"));
        api.harness.stores.catalog().save(new CatalogItem(ItemId.of("video-lost"), ItemKind.VIDEO, "Lost",
                "No file", Money.usd(2_00), null, "demo:no-such-file"));
        api.harness.fund("alice", Money.usd(10_00));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private Reply open(String user, String item) {
        return api.get("/media/" + item).bearer(api.tokens.user(user)).send();
    }

    private void buy(String user, String item) {
        assertThat(api.post("/api/purchases").bearer(api.tokens.user(user)).json("{\"item_id\":\"" + item + "\"}")
                .send().status()).isEqualTo(201);
    }

    @Test
    void anEntitledUserOpensTheDemoMediaAsAnSvg() {
        buy("alice", "video-welcome");

        var media = open("alice", "video-welcome");

        assertThat(media.status()).isEqualTo(200);
        assertThat(media.header("content-type")).startsWith("image/svg+xml");
        assertThat(media.header("cache-control")).isEqualTo("private, no-store");
        assertThat(media.header("x-content-type-options")).isEqualTo("nosniff");
        assertThat(media.text()).startsWith("<svg").contains("Welcome to the studio");
    }

    @Test
    void everyoneElseIsRefused() {
        buy("alice", "video-welcome");

        assertThat(api.get("/media/video-welcome").send().status()).isEqualTo(401);
        var bob = open("bob", "video-welcome");
        assertThat(bob.status()).isEqualTo(403);
        assertThat(bob.problem()).isEqualTo("forbidden");
        assertThat(bob.text()).doesNotContain("<svg");
        assertThat(open("alice", "video-masterclass").problem()).isEqualTo("unknown-item");
        assertThat(open("alice", "..%2F..%2Fetc").status()).isEqualTo(404);
    }

    @Test
    void mediaTheHostPlatformServesOrThatIsMissingIsNotFound() {
        buy("alice", "video-intro");
        buy("alice", "video-lost");

        assertThat(open("alice", "video-intro").status()).isEqualTo(404);
        assertThat(open("alice", "video-intro").json().path("detail").asText()).contains("served by the host platform");
        assertThat(open("alice", "video-lost").status()).isEqualTo(404);
    }
}
