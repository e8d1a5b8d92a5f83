package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.money.CurrencyRules;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.UnmatchedReason;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.out.UserStore;

import java.util.Optional;

/** Decides whether a paid card deposit can be credited to the user it names, and says why not when it cannot. */
public final class CardCreditCheck {

    private final UserStore users;
    private final CurrencyRules currencies;

    public CardCreditCheck(UserStore users, CurrencyRules currencies) {
        this.users = users;
        this.currencies = currencies;
    }

    /** Why {@code amount} cannot be credited to {@code claimedUser}, or empty if it can. */
    Optional<Problem> problemWith(Money amount, String claimedUser) {
        var conversion = currencies.conversionFor(amount.currency());
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

    private Optional<Problem> unknownUser(String claimedUser) {
        try {
            if (users.exists(UserId.of(claimedUser))) {
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
