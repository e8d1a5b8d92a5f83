package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.access.CatalogItem;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.access.ItemKind;
import dev.plara.wallet.core.domain.ledger.IdempotencyKey;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.user.UserProfile;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.port.in.PurchaseContentUseCase.PurchaseContent;
import dev.plara.wallet.core.port.in.PurchaseContentUseCase.PurchaseResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Ids that come from outside (users, orders, refunds) never change how an idempotency key is read. */
class OutsideIdsTest {

    private final CoreHarness h = CoreHarness.usd();

    @Test
    void aUserWhoseIdHoldsAHashIsChargedOnceAndGetsWhatShePaidFor() {
        var bob = UserId.of("bob#1");
        var video = ItemId.of("video-7");
        h.stores.users().remember(new UserProfile(bob, "bob1@example.org", "Bob"));
        h.stores.catalog().save(new CatalogItem(video, ItemKind.VIDEO, "Video 7", "Seven", Money.usd(3_00), null,
                "/media/7.mp4"));
        h.fund("bob#1", Money.usd(5_00));

        var result = h.core.purchaseContent().purchase(new PurchaseContent(bob, video));
        var sweep = h.core.sweep().sweep();

        assertThat(result).isInstanceOf(PurchaseResult.Purchased.class);
        assertThat(h.core.checkAccess().access(bob, video).orElseThrow().isOpen()).isTrue();
        assertThat(h.balanceOf("bob#1")).isEqualTo(Money.usd(2_00));
        assertThat(sweep.stuck()).isEmpty();
    }

    @Test
    void aUserWhoseIdHoldsASpaceHasAWalletLikeAnyOther() {
        h.stores.users().remember(new UserProfile(UserId.of("ann lee"), "ann@example.org", "Ann Lee"));
        h.fund("ann lee", Money.usd(5_00));

        assertThat(h.balanceOf("ann lee")).isEqualTo(Money.usd(5_00));
        assertThat(h.core.auditLedger().audit().discrepancies()).isEmpty();
    }

    @Test
    void keysOfDifferentFactsNeverReadAlike() {
        var video = ItemId.of("b:c");
        assertThat(IdempotencyKey.purchase(UserId.of("a:b"), ItemId.of("c")))
                .isNotEqualTo(IdempotencyKey.purchase(UserId.of("a"), video));
        assertThat(IdempotencyKey.purchase(UserId.of("bob#1"), ItemId.of("video-7")).period()).isEqualTo(1);
        assertThat(IdempotencyKey.purchasePeriod(UserId.of("bob#2"), ItemId.of("plan"), 3).period()).isEqualTo(3);
        assertThat(IdempotencyKey.purchase(UserId.of("bob smith"), video).value()).doesNotContain(" ");
        assertThat(IdempotencyKey.polarOrder("o:1#2 x").polarOrderId()).contains("o:1#2 x");
        assertThat(IdempotencyKey.polarRefund("o:1").polarOrderId()).isEmpty();
        assertThat(IdempotencyKey.polarOrder("ord_1").value()).isEqualTo("polar:order:ord_1");
        assertThat(IdempotencyKey.purchase(UserId.of("alice"), video).value()).isEqualTo("purchase:alice:b:c");
    }
}
