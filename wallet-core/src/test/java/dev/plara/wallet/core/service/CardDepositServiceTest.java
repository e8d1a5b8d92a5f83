package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.ledger.CardDepositFacts;
import dev.plara.wallet.core.domain.ledger.ConvertedPayment;
import dev.plara.wallet.core.domain.ledger.EntryKind;
import dev.plara.wallet.core.domain.ledger.IdempotencyKey;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.notification.Channel;
import dev.plara.wallet.core.domain.notification.NotificationKind;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.payment.CheckoutPurpose;
import dev.plara.wallet.core.domain.payment.PaidDeposit;
import dev.plara.wallet.core.domain.payment.UnmatchedReason;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.user.UserProfile;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.fixtures.FakePaymentProvider;
import dev.plara.wallet.core.port.in.CheckoutResult;
import dev.plara.wallet.core.port.in.ConfirmCardPaymentUseCase.CardPaymentResult;
import dev.plara.wallet.core.port.in.StartCardDepositUseCase.StartCardDeposit;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CardDepositServiceTest {

    private final CoreHarness h = CoreHarness.usd();
    private final UserProfile alice = new UserProfile(UserId.of("alice"), "alice@example.org", "Alice");

    @Test
    void startingADepositOpensATopUpCheckoutWithTheUserAttachedAndCreditsNothing() {
        var start = h.core.startCardDeposit().start(new StartCardDeposit(alice, Money.usd(25_00)));

        assertThat(start).isInstanceOfSatisfying(CheckoutResult.Opened.class, opened -> {
            assertThat(opened.url()).endsWith(opened.checkout().checkoutId());
            assertThat(h.stores.checkouts().find(opened.checkout().checkoutId())).contains(opened.checkout());
        });
        var request = h.provider.checkouts.get(0);
        assertThat(request.purpose()).isEqualTo(CheckoutPurpose.WALLET_DEPOSIT);
        assertThat(request.productId()).isEqualTo(FakePaymentProvider.TOP_UP);
        assertThat(request.user()).isEqualTo(alice.id());
        assertThat(request.amount()).isEqualTo(Money.usd(25_00));
        assertThat(h.stores.ledger().balances(alice.id())).isEmpty();
    }

    @Test
    void anAmountOutsideTheChoicesAndLimitsIsRefusedWithTheChoicesAndNoCheckout() {
        var tooSmall = h.core.startCardDeposit().start(new StartCardDeposit(alice, Money.usd(99)));
        var tooLarge = h.core.startCardDeposit().start(new StartCardDeposit(alice, Money.usd(1_000_01)));
        var otherCurrency = h.core.startCardDeposit().start(new StartCardDeposit(alice, Money.etb(100_00)));

        assertThat(tooSmall).isEqualTo(new CheckoutResult.AmountNotAllowed("amount 0.99 USD is not allowed; choose one of "
                + "5.00 USD, 10.00 USD, 25.00 USD, 50.00 USD or any amount from 1.00 USD to 1,000.00 USD"));
        assertThat(tooLarge).isInstanceOf(CheckoutResult.AmountNotAllowed.class);
        assertThat(otherCurrency).isEqualTo(new CheckoutResult.AmountNotAllowed("card deposits are charged in USD"));
        assertThat(h.provider.checkouts).isEmpty();
    }

    @Test
    void theDepositFormIsOfferedTheConfiguredChoicesLimitsAndCurrencies() {
        var options = h.core.depositOptions();

        assertThat(options.cardDeposits().presets()).containsExactly(Money.usd(5_00), Money.usd(10_00),
                Money.usd(25_00), Money.usd(50_00));
        assertThat(options.cardDeposits().customMinimum()).isEqualTo(Money.usd(1_00));
        assertThat(options.walletCurrencies()).containsExactly(Money.usd(0).currency());
    }

    @Test
    void aDepositCheckoutThePaymentProviderRefusesSaysWhy() {
        h.provider.refuseCheckouts("amount: below the product's minimum");

        assertThat(h.core.startCardDeposit().start(new StartCardDeposit(alice, Money.usd(5_00))))
                .isEqualTo(new CheckoutResult.ProviderRefused("amount: below the product's minimum"));
    }

    @Test
    void aPaidOrderCreditsTheNetAmountOnceWithOneNotificationAndOneLogLine() {
        var paid = h.paid("order_1", "alice", Money.usd(10_00));

        var first = h.core.confirmCardPayment().confirm(paid);
        var again = h.core.confirmCardPayment().confirm(paid);

        assertThat(first).isInstanceOfSatisfying(CardPaymentResult.Credited.class, credited -> {
            assertThat(credited.posted().entry().kind()).isEqualTo(EntryKind.CARD_DEPOSIT);
            assertThat(credited.posted().entry().facts()).isInstanceOfSatisfying(CardDepositFacts.class, facts -> {
                assertThat(facts.orderId()).isEqualTo("order_1");
                assertThat(facts.customerEmail()).isEqualTo("alice@example.org");
            });
        });
        assertThat(again).isInstanceOf(CardPaymentResult.AlreadyCredited.class);
        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(10_00));
        var notes = h.stores.notifications().of(alice.id(), PageRequest.first(10)).items();
        assertThat(notes).singleElement().satisfies(note -> {
            assertThat(note.kind()).isEqualTo(NotificationKind.CREDIT);
            assertThat(note.message()).isEqualTo("Card deposit of 10.00 USD credited. Balance: 10.00 USD.");
        });
        assertThat(h.stores.outbox().find("log:polar:order:order_1").orElseThrow().message().channel())
                .isEqualTo(Channel.TELEGRAM);
        assertThat(h.stores.ledger().unsettled(10)).isEmpty();
    }

    @Test
    void thePaidOrderIsAttachedToItsCheckout() {
        var opened = (CheckoutResult.Opened) h.core.startCardDeposit().start(new StartCardDeposit(alice, Money.usd(5_00)));
        var checkoutId = opened.checkout().checkoutId();

        h.core.confirmCardPayment().confirm(PaidDeposit.untaxed("order_9", checkoutId, "alice", null, Money.usd(5_00),
                h.clock.tick()));

        assertThat(h.stores.checkouts().find(checkoutId).orElseThrow().orderId()).isEqualTo("order_9");
    }

    @Test
    void paymentsThatCannotBeCreditedAreParkedWithTheReasonAndChangeNoWallet() {
        var noUser = h.core.confirmCardPayment().confirm(h.paid("o_nouser", null, Money.usd(10_00)));
        var stranger = h.core.confirmCardPayment().confirm(h.paid("o_stranger", "stranger", Money.usd(10_00)));
        var zero = h.core.confirmCardPayment().confirm(h.paid("o_zero", "alice", Money.usd(0)));
        var euros = h.core.confirmCardPayment().confirm(h.paid("o_eur", "alice", Money.of(10_00, "EUR")));
        var garbage = h.core.confirmCardPayment().confirm(h.paid("o_bad", "a/b", Money.usd(10_00)));

        assertThat(List.of(noUser, stranger, zero, euros, garbage))
                .allMatch(CardPaymentResult.Parked.class::isInstance)
                .extracting(result -> ((CardPaymentResult.Parked) result).payment().reason())
                .containsExactly(UnmatchedReason.NO_USER, UnmatchedReason.UNKNOWN_USER, UnmatchedReason.NOT_POSITIVE,
                        UnmatchedReason.CURRENCY_NOT_ACCEPTED, UnmatchedReason.UNKNOWN_USER);
        assertThat(h.stores.unmatched().list(true, PageRequest.first(10)).total()).isEqualTo(5);
        assertThat(h.stores.ledger().cachedBalances()).isEmpty();
    }

    @Test
    void theSameOrderWithAnotherAmountIsParkedAsAConflictAndTheFirstCreditStands() {
        h.core.confirmCardPayment().confirm(h.paid("order_1", "alice", Money.usd(10_00)));

        var conflicting = h.core.confirmCardPayment().confirm(h.paid("order_1", "alice", Money.usd(99_00)));

        assertThat(conflicting).isInstanceOfSatisfying(CardPaymentResult.Parked.class,
                parked -> assertThat(parked.payment().reason()).isEqualTo(UnmatchedReason.CONFLICT));
        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(10_00));
    }

    @Test
    void aConfiguredConversionIsAppliedRoundingDownAndRecordedOnTheEntry() {
        var etb = CoreHarness.etbWalletsPaidInUsd();

        var result = etb.core.confirmCardPayment().confirm(etb.paid("order_1", "alice", Money.usd(10_01)));

        var entry = ((CardPaymentResult.Credited) result).posted().entry();
        assertThat(entry.amount()).isEqualTo(Money.etb(575_57));
        assertThat(entry.facts().paidBeforeConversion()).contains(new ConvertedPayment(Money.usd(10_01), "57.5"));
        assertThat(etb.stores.ledger().find(IdempotencyKey.polarOrder("order_1"))).isPresent();
    }
}
