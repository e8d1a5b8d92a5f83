package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.Account;
import dev.plara.wallet.core.domain.CheckoutPurpose;
import dev.plara.wallet.core.domain.CheckoutRecord;
import dev.plara.wallet.core.domain.EntryFacts;
import dev.plara.wallet.core.domain.EntryKind;
import dev.plara.wallet.core.domain.IdempotencyKey;
import dev.plara.wallet.core.domain.LedgerEntry;
import dev.plara.wallet.core.domain.UnmatchedReason;
import dev.plara.wallet.core.domain.UserId;
import dev.plara.wallet.core.port.in.CheckoutStart;
import dev.plara.wallet.core.port.in.ConfirmCardPaymentUseCase;
import dev.plara.wallet.core.port.in.StartCardDepositUseCase;
import dev.plara.wallet.core.port.out.AppendResult;
import dev.plara.wallet.core.port.out.CheckoutGateway;
import dev.plara.wallet.core.port.out.CheckoutRefused;
import dev.plara.wallet.core.port.out.CheckoutRequest;
import dev.plara.wallet.core.port.out.OpenedCheckout;
import dev.plara.wallet.core.port.out.Overdraft;

import java.time.Clock;

/** Card deposits: opens the top-up checkout, and credits the wallet once the verified payment arrives. */
public final class CardDepositService implements StartCardDepositUseCase, ConfirmCardPaymentUseCase {

    private final WalletStores stores;
    private final CheckoutGateway gateway;
    private final WalletSettings settings;
    private final Posting posting;
    private final PaymentParking parking;
    private final Clock clock;

    CardDepositService(WalletStores stores, CheckoutGateway gateway, WalletSettings settings, Posting posting,
                       PaymentParking parking, Clock clock) {
        this.stores = stores;
        this.gateway = gateway;
        this.settings = settings;
        this.posting = posting;
        this.parking = parking;
        this.clock = clock;
    }

    @Override
    public CheckoutStart start(StartCardDeposit command) {
        var refusal = settings.cardDeposits().refusalFor(command.amount());
        if (refusal.isPresent()) {
            return new CheckoutStart.AmountNotAllowed(refusal.get());
        }
        var user = command.user();
        stores.users().remember(user);
        var outcome = gateway.open(new CheckoutRequest(CheckoutPurpose.WALLET_DEPOSIT, settings.topUpProductId(),
                user.id(), user.email(), command.amount()));
        if (outcome instanceof CheckoutRefused refused) {
            return new CheckoutStart.ProviderRefused(refused.reason());
        }
        var opened = (OpenedCheckout) outcome;
        var record = CheckoutRecord.opened(opened.id(), CheckoutPurpose.WALLET_DEPOSIT, user.id(), user.email(),
                settings.topUpProductId(), opened.amount(), clock.instant());
        stores.checkouts().save(record);
        return new CheckoutStart.Opened(record, opened.url());
    }

    @Override
    public CardPaymentResult confirm(PaidDeposit payment) {
        var key = IdempotencyKey.polarOrder(payment.orderId());
        var problem = parking.problemWith(payment.netAmount(), payment.claimedUser());
        if (problem.isPresent()) {
            var assignedEarlier = stores.ledger().find(key);
            if (assignedEarlier.isPresent()) {
                return stores.unitOfWork().run(() -> credit(payment, assignedEarlier.get().entry()));
            }
            return new CardPaymentResult.Parked(parking.park(payment, problem.get().reason(), problem.get().detail()));
        }
        var conversion = settings.currencies().conversionFor(payment.netAmount().currency()).orElseThrow();
        var credited = conversion.apply(payment.netAmount());
        var wallet = Account.wallet(UserId.of(payment.claimedUser()), credited.currency());
        var entry = new LedgerEntry(key, Account.polarClearing(credited.currency()), wallet, credited,
                EntryKind.CARD_DEPOSIT, EntryFacts.polarOrder(payment.orderId(), payment.email(), conversion,
                payment.netAmount()), clock.instant());
        return stores.unitOfWork().run(() -> credit(payment, entry));
    }

    private CardPaymentResult credit(PaidDeposit payment, LedgerEntry entry) {
        if (payment.checkoutId() != null) {
            stores.checkouts().attachOrder(payment.checkoutId(), payment.orderId());
        }
        var result = posting.post(entry, Overdraft.FORBIDDEN);
        if (result instanceof AppendResult.Appended appended) {
            return new CardPaymentResult.Credited(appended.posted());
        }
        if (result instanceof AppendResult.AlreadyApplied repeat) {
            return new CardPaymentResult.AlreadyCredited(repeat.existing());
        }
        if (result instanceof AppendResult.Conflict conflict) {
            return new CardPaymentResult.Parked(parking.park(payment, UnmatchedReason.CONFLICT, conflict.reason()));
        }
        throw new IllegalStateException("a credit cannot lack funds: " + result);
    }
}
