package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.access.GrantStatus;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.port.in.PurchaseContentUseCase.PurchaseContent;
import dev.plara.wallet.core.port.in.PurchaseContentUseCase.PurchaseResult;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ContentPurchaseServiceTest {

    private final CoreHarness h = CoreHarness.usd();
    private final UserId alice = UserId.of("alice");

    private PurchaseResult buy(ItemId item) {
        return h.core.purchaseContent().purchase(new PurchaseContent(alice, item));
    }

    @Test
    void buyingAVideoDebitsItsPriceGrantsLastingAccessAndNotifies() {
        h.fund("alice", Money.usd(5_00));
        h.clock.tick();

        var result = buy(CoreHarness.VIDEO);

        assertThat(result).isInstanceOfSatisfying(PurchaseResult.Purchased.class, purchased -> {
            assertThat(purchased.balance().balance()).isEqualTo(Money.usd(2_00));
            assertThat(purchased.grant().validUntil()).isNull();
            assertThat(purchased.grant().status()).isEqualTo(GrantStatus.ACTIVE);
        });
        assertThat(h.core.checkAccess().access(alice, CoreHarness.VIDEO).orElseThrow().isOpen()).isTrue();
        assertThat(h.stores.notifications().of(alice, PageRequest.first(5)).items().get(0).message())
                .isEqualTo("You bought Intro video for 3.00 USD. Balance: 2.00 USD.");
    }

    @Test
    void anUnaffordablePurchaseIsRefusedWithTheBalanceAndChangesNothing() {
        h.fund("alice", Money.usd(2_99));

        var result = buy(CoreHarness.VIDEO);

        assertThat(result).isInstanceOfSatisfying(PurchaseResult.InsufficientFunds.class,
                refused -> assertThat(refused.balance().balance()).isEqualTo(Money.usd(2_99)));
        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(2_99));
        assertThat(h.core.checkAccess().access(alice, CoreHarness.VIDEO).orElseThrow().isOpen()).isFalse();
        assertThat(h.stores.ledger().history(alice, PageRequest.first(10)).total()).isEqualTo(1);
    }

    @Test
    void aUserWithNoWalletYetCannotBuy() {
        assertThat(buy(CoreHarness.PHOTO)).isInstanceOfSatisfying(PurchaseResult.InsufficientFunds.class,
                refused -> assertThat(refused.balance().balance()).isEqualTo(Money.usd(0)));
    }

    @Test
    void anItemIsNeverOwnedTwice() {
        h.fund("alice", Money.usd(10_00));
        buy(CoreHarness.VIDEO);

        assertThat(buy(CoreHarness.VIDEO)).isInstanceOf(PurchaseResult.AlreadyOwned.class);
        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(7_00));
    }

    @Test
    void anUnknownItemIsRefused() {
        assertThat(buy(ItemId.of("nothing-here"))).isEqualTo(new PurchaseResult.UnknownItem(ItemId.of("nothing-here")));
    }

    @Test
    void aPlanSellsOnePeriodAtATimeAndAnotherOnceItRanOut() {
        h.fund("alice", Money.usd(20_00));

        var first = (PurchaseResult.Purchased) buy(CoreHarness.PLAN);
        assertThat(first.grant().validUntil()).isEqualTo(h.clock.instant().plus(Duration.ofDays(30)));
        assertThat(buy(CoreHarness.PLAN)).isInstanceOf(PurchaseResult.AlreadyOwned.class);

        h.clock.advance(Duration.ofDays(30));
        assertThat(h.core.checkAccess().access(alice, CoreHarness.PLAN).orElseThrow().isOpen()).isFalse();
        var second = (PurchaseResult.Purchased) buy(CoreHarness.PLAN);

        assertThat(second.grant().version()).isEqualTo(2);
        assertThat(second.grant().source().ref()).isEqualTo("purchase:alice:plan-monthly#2");
        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(2_00));
    }
}
