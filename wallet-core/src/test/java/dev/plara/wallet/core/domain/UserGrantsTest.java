package dev.plara.wallet.core.domain;

import dev.plara.wallet.core.domain.access.Access;
import dev.plara.wallet.core.domain.access.CatalogItem;
import dev.plara.wallet.core.domain.access.Grant;
import dev.plara.wallet.core.domain.access.GrantSource;
import dev.plara.wallet.core.domain.access.GrantStatus;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.access.ItemKind;
import dev.plara.wallet.core.domain.access.Unlocks;
import dev.plara.wallet.core.domain.access.UserGrants;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UserGrantsTest {

    private static final Instant NOW = Instant.parse("2026-12-06T07:00:00Z");
    private static final CatalogItem SIMIEN = new CatalogItem(ItemId.of("photo-simien"), ItemKind.PHOTO, "Simien",
            "", Money.usd(3_00), null, "demo:photo-simien");
    private static final ItemId COLLECTION = ItemId.polarProduct("photos");

    @Test
    void theLongestLastingGrantThatCoversAnItemOpensIt() {
        var plan = grant("store-plan:p1", Unlocks.all(), ItemId.of("plan"), NOW.plus(Duration.ofDays(30)));
        var lifetime = grant("polar-order:o1", Unlocks.kinds(ItemKind.PHOTO), COLLECTION, null);

        var access = new UserGrants(List.of(plan, lifetime)).accessTo(SIMIEN, NOW);

        assertThat(access).isEqualTo(new Access.Open(SIMIEN, lifetime));
    }

    @Test
    void aRefundedGrantLeavesTheOtherPaidOneOpen() {
        var first = grant("polar-order:o1", Unlocks.kinds(ItemKind.PHOTO), COLLECTION, null);
        var second = grant("polar-order:o2", Unlocks.kinds(ItemKind.PHOTO), COLLECTION, null);

        var grants = new UserGrants(List.of(first.revoked(NOW, 1), second));

        assertThat(grants.accessTo(SIMIEN, NOW)).isEqualTo(new Access.Open(SIMIEN, second));
        assertThat(new UserGrants(List.of(first.revoked(NOW, 1))).accessTo(SIMIEN, NOW).isOpen()).isFalse();
    }

    @Test
    void aLapsedPlanClosesTheItemAndSaysWhichGrantEnded() {
        var plan = grant("store-plan:p1", Unlocks.all(), ItemId.of("plan"), NOW.minusSeconds(1));

        assertThat(new UserGrants(List.of(plan)).accessTo(SIMIEN, NOW))
                .isEqualTo(new Access.Closed(SIMIEN, java.util.Optional.of(plan)));
    }

    @Test
    void aThingSoldForGoodIsHeldOnlyByGrantsThatNeverEnd() {
        var plan = grant("store-plan:p1", Unlocks.all(), ItemId.of("plan"), NOW.plus(Duration.ofDays(30)));
        var lifetime = grant("polar-order:o1", Unlocks.kinds(ItemKind.PHOTO), COLLECTION, null);

        assertThat(new UserGrants(List.of(plan)).holding(COLLECTION, Unlocks.kinds(ItemKind.PHOTO), NOW, id -> null))
                .isEmpty();
        assertThat(new UserGrants(List.of(plan, lifetime)).holding(ItemId.of("photo-simien"),
                Unlocks.item(ItemId.of("photo-simien")), NOW, id -> ItemKind.PHOTO)).contains(lifetime);
        assertThat(new UserGrants(List.of(plan)).holding(ItemId.of("plan"), Unlocks.all(), NOW, id -> null))
                .contains(plan);
    }

    @Test
    void aThingHeldThroughSeveralGrantsTogetherNamesOneThatOpensPartOfIt() {
        var videos = grant("polar-order:o1", Unlocks.kinds(ItemKind.VIDEO), ItemId.polarProduct("videos"), null);
        var simien = grant("wallet-purchase:p1", Unlocks.item(ItemId.of("photo-simien")), ItemId.of("photo-simien"),
                null);
        var tana = grant("wallet-purchase:p2", Unlocks.item(ItemId.of("photo-tana")), ItemId.of("photo-tana"), null);
        var both = Unlocks.parse("item:photo-simien,item:photo-tana");

        assertThat(new UserGrants(List.of(videos, simien, tana)).holding(ItemId.polarProduct("lakes"), both, NOW,
                id -> ItemKind.PHOTO)).as("not the videos, which open none of it").contains(simien);
        assertThat(new UserGrants(List.of(videos, simien)).holding(ItemId.polarProduct("lakes"), both, NOW,
                id -> ItemKind.PHOTO)).isEmpty();
    }

    private static Grant grant(String source, Unlocks unlocks, ItemId soldAs, Instant until) {
        return new Grant(UserId.of("alice"), unlocks, GrantSource.ofKey(source), soldAs, "t", GrantStatus.ACTIVE,
                NOW.minus(Duration.ofDays(1)), until, 0);
    }
}
