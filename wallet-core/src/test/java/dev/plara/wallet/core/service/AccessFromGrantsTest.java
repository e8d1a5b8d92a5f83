package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.access.Entitlement;
import dev.plara.wallet.core.domain.access.GrantStatus;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.access.ItemKind;
import dev.plara.wallet.core.domain.access.SubscriptionStatus;
import dev.plara.wallet.core.domain.access.Unlocks;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.payment.CompletedRefund;
import dev.plara.wallet.core.domain.payment.PaidProductOrder;
import dev.plara.wallet.core.domain.payment.SubscriptionChange;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.user.UserProfile;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.fixtures.FakePaymentProvider;
import dev.plara.wallet.core.memory.InMemoryLegacyEntitlements;
import dev.plara.wallet.core.port.in.CheckoutResult;
import dev.plara.wallet.core.port.in.PurchaseContentUseCase.PurchaseContent;
import dev.plara.wallet.core.port.in.StartProductCheckoutUseCase.StartProductCheckout;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13's defects, through the core: what each payment opens, for as long as it is paid for. */
class AccessFromGrantsTest {

    private final CoreHarness h = CoreHarness.usd();
    private final UserId alice = UserId.of("alice");
    private final UserProfile aliceProfile = new UserProfile(alice, "alice@example.org", "Alice");

    private boolean opens(ItemId item) {
        return h.core.checkAccess().access(alice, item).orElseThrow().isOpen();
    }

    private void paid(String orderId, String productId, Unlocks unlocks, String subscriptionId) {
        h.core.fulfilProductOrder().fulfil(new PaidProductOrder(orderId, null, "alice", "alice@example.org",
                productId, "Lifetime photos", Money.usd(19_00), subscriptionId, h.clock.tick(), unlocks));
    }

    @Test
    void theStorePlanOpensEveryItemItUnlocksUntilItLapses() {
        h.fund("alice", Money.usd(9_00));
        h.core.purchaseContent().purchase(new PurchaseContent(alice, CoreHarness.PLAN));

        assertThat(opens(CoreHarness.VIDEO)).isTrue();
        assertThat(opens(CoreHarness.PHOTO)).isTrue();
        h.clock.advance(Duration.ofDays(30));
        assertThat(opens(CoreHarness.VIDEO)).isFalse();
        assertThat(opens(CoreHarness.PHOTO)).isFalse();
    }

    @Test
    void aPolarProductOpensWhatItsUnlocksNamesAndNothingElse() {
        paid("order_1", FakePaymentProvider.PHOTOS, Unlocks.kinds(ItemKind.PHOTO), null);

        assertThat(opens(CoreHarness.PHOTO)).isTrue();
        assertThat(opens(CoreHarness.VIDEO)).isFalse();
        assertThat(h.stores.notifications().of(alice, PageRequest.first(1)).items().get(0).message())
                .endsWith("Lifetime photos opens every photo for good.");
    }

    @Test
    void refundingOneOfTwoOrdersThatCoverTheSameAccessKeepsItAndTellsTheUser() {
        paid("order_1", FakePaymentProvider.PHOTOS, Unlocks.kinds(ItemKind.PHOTO), null);
        paid("order_2", FakePaymentProvider.PHOTOS, Unlocks.kinds(ItemKind.PHOTO), null);

        h.core.applyRefund().apply(CompletedRefund.untaxed("refund_1", "order_2", Money.usd(19_00), h.clock.tick()));

        assertThat(opens(CoreHarness.PHOTO)).isTrue();
        assertThat(h.stores.notifications().of(alice, PageRequest.first(1)).items().get(0).message()).isEqualTo(
                "Your access to every photo through Lifetime photos was revoked. Still open through Lifetime photos.");
        h.core.applyRefund().apply(CompletedRefund.untaxed("refund_2", "order_1", Money.usd(19_00), h.clock.tick()));
        assertThat(opens(CoreHarness.PHOTO)).isFalse();
    }

    @Test
    void aHeldLifetimeProductAndARunningSubscriptionAreNotSoldAgain() {
        paid("order_1", FakePaymentProvider.PHOTOS, Unlocks.kinds(ItemKind.PHOTO), null);
        h.core.changeSubscription().apply(new SubscriptionChange("sub_1", "alice", "alice@example.org",
                FakePaymentProvider.MONTHLY, "Monthly Plan", Unlocks.kinds(ItemKind.VIDEO), SubscriptionStatus.ACTIVE,
                h.clock.instant().plus(Duration.ofDays(30)), false, null, null, null, h.clock.tick()));

        var photos = h.core.startProductCheckout().start(new StartProductCheckout(FakePaymentProvider.PHOTOS, null,
                aliceProfile));
        var monthly = h.core.startProductCheckout().start(new StartProductCheckout(FakePaymentProvider.MONTHLY, null,
                aliceProfile));

        assertThat(photos).isInstanceOfSatisfying(CheckoutResult.AlreadyOwned.class,
                owned -> assertThat(owned.activeSubscription()).isFalse());
        assertThat(monthly).isInstanceOfSatisfying(CheckoutResult.AlreadyOwned.class,
                owned -> assertThat(owned.activeSubscription()).isTrue());
        assertThat(h.provider.checkouts).isEmpty();
        h.clock.advance(Duration.ofDays(31));
        assertThat(h.core.startProductCheckout().start(new StartProductCheckout(FakePaymentProvider.MONTHLY, null,
                aliceProfile))).isInstanceOf(CheckoutResult.Opened.class);
    }

    @Test
    void entitlementsKeptBeforeGrantsKeepTheirAccessAndMigrateOnce() {
        var legacy = (InMemoryLegacyEntitlements) h.stores.legacyEntitlements();
        legacy.add(new Entitlement(alice, CoreHarness.PLAN, "purchase:alice:plan-monthly#1", GrantStatus.ACTIVE,
                h.clock.instant(), h.clock.instant().plus(Duration.ofDays(30)), 1));
        legacy.add(new Entitlement(alice, ItemId.polarProduct(FakePaymentProvider.PHOTOS), "order_9",
                GrantStatus.ACTIVE, h.clock.instant(), null, 5));

        assertThat(h.core.migrateEntitlements().migrate()).isEqualTo(2);
        assertThat(h.core.migrateEntitlements().migrate()).isZero();

        assertThat(opens(CoreHarness.VIDEO)).isTrue();
        assertThat(h.core.checkAccess().grants(alice)).extracting(grant -> grant.source().key())
                .containsExactly("polar-subscription:order_9", "store-plan:purchase:alice:plan-monthly#1");
        h.clock.advance(Duration.ofDays(30));
        assertThat(opens(CoreHarness.PHOTO)).as("the Polar product's grant opens every photo").isTrue();
        assertThat(opens(CoreHarness.VIDEO)).isFalse();
    }

    @Test
    void racingCheckoutsForOneProductOpenOneCheckoutAtThePaymentProvider() {
        var racing = java.util.stream.IntStream.range(0, 8).mapToObj(i -> java.util.concurrent.CompletableFuture
                .supplyAsync(() -> h.core.startProductCheckout().start(new StartProductCheckout(
                        FakePaymentProvider.PHOTOS, null, aliceProfile)))).toList();

        var results = racing.stream().map(java.util.concurrent.CompletableFuture::join).toList();

        assertThat(h.provider.checkouts).hasSize(1);
        assertThat(results).filteredOn(CheckoutResult.Opened.class::isInstance)
                .extracting(result -> ((CheckoutResult.Opened) result).checkout().checkoutId()).isNotEmpty()
                .containsOnly(((CheckoutResult.Opened) results.stream().filter(CheckoutResult.Opened.class::isInstance)
                        .findFirst().orElseThrow()).checkout().checkoutId());
        assertThat(h.core.startProductCheckout().start(new StartProductCheckout(FakePaymentProvider.PHOTOS, null,
                aliceProfile))).isInstanceOf(CheckoutResult.Opened.class);
        assertThat(h.provider.checkouts).hasSize(1);
    }
}
