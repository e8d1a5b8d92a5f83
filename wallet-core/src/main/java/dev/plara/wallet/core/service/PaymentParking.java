package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.Money;
import dev.plara.wallet.core.domain.UnmatchedPayment;
import dev.plara.wallet.core.domain.UnmatchedReason;
import dev.plara.wallet.core.domain.UserId;
import dev.plara.wallet.core.port.in.ConfirmCardPaymentUseCase.PaidDeposit;

import java.time.Clock;
import java.util.Optional;

/** Decides whether a paid deposit can be credited, and parks it for an admin when it cannot: never drops it. */
final class PaymentParking {

    private final WalletStores stores;
    private final WalletSettings settings;
    private final Clock clock;

    PaymentParking(WalletStores stores, WalletSettings settings, Clock clock) {
        this.stores = stores;
        this.settings = settings;
        this.clock = clock;
    }

    /** Why {@code amount} cannot be credited to {@code claimedUser}, or empty if it can. */
    Optional<Problem> problemWith(Money amount, String claimedUser) {
        var conversion = settings.currencies().conversionFor(amount.currency());
        if (!amount.isPositive()) {
            return problem(UnmatchedReason.NOT_POSITIVE, "the net amount " + amount + " is not positive");
        }
        if (conversion.isEmpty()) {
            return problem(UnmatchedReason.CURRENCY_NOT_ACCEPTED,
                    "no wallet holds " + amount.currencyCode() + " and no conversion is configured for it");
        }
        if (!conversion.get().apply(amount).isPositive()) {
            return problem(UnmatchedReason.NOT_POSITIVE, amount + " converts to less than one minor unit");
        }
        if (claimedUser == null || claimedUser.isBlank()) {
            return problem(UnmatchedReason.NO_USER, "the order names no user (no plara_user_id, no external customer id)");
        }
        return unknownUser(claimedUser);
    }

    UnmatchedPayment park(PaidDeposit payment, UnmatchedReason reason, String detail) {
        var parked = new UnmatchedPayment(payment.orderId(), payment.checkoutId(), payment.netAmount(),
                payment.email(), payment.claimedUser(), reason, detail, clock.instant(), null);
        stores.unmatched().park(parked);
        return stores.unmatched().find(payment.orderId()).orElse(parked);
    }

    private Optional<Problem> unknownUser(String claimedUser) {
        try {
            if (stores.users().find(UserId.of(claimedUser)).isPresent()) {
                return Optional.empty();
            }
            return problem(UnmatchedReason.UNKNOWN_USER, "user '" + claimedUser + "' has never signed in to Plara");
        } catch (IllegalArgumentException notAUserId) {
            return problem(UnmatchedReason.UNKNOWN_USER, "'" + claimedUser + "' is not a user id");
        }
    }

    private static Optional<Problem> problem(UnmatchedReason reason, String detail) {
        return Optional.of(new Problem(reason, detail));
    }

    /** A reason a payment cannot be credited. */
    record Problem(UnmatchedReason reason, String detail) {
    }
}
