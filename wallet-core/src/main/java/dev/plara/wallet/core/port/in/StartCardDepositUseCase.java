package dev.plara.wallet.core.port.in;

import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.user.UserProfile;

import java.util.Objects;

/**
 * A signed-in user tops up their wallet by card: a checkout for the top-up product is opened with the user attached.
 * Opening it credits nothing; only the verified payment does ({@link ConfirmCardPaymentUseCase}).
 */
public interface StartCardDepositUseCase {

    CheckoutResult start(StartCardDeposit command);

    /** Deposit {@code amount} (in the card's charge currency) into {@code user}'s wallet. */
    record StartCardDeposit(UserProfile user, Money amount) {
        public StartCardDeposit {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(amount, "amount");
        }
    }
}
