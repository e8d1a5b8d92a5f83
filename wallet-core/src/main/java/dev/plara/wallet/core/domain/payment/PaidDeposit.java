package dev.plara.wallet.core.domain.payment;

import dev.plara.wallet.core.domain.money.Money;

import java.time.Instant;
import java.util.Objects;

/**
 * A paid deposit order as the provider reported it.
 *
 * @param claimedUser the user id the order carries (metadata first, else external customer id); {@code null} if none
 * @param email       the customer's email at the provider; {@code null} if unknown
 */
public record PaidDeposit(String orderId, String checkoutId, String claimedUser, String email, Money netAmount,
                   Instant paidAt) {
    public PaidDeposit {
        Objects.requireNonNull(orderId, "order id");
        Objects.requireNonNull(netAmount, "net amount");
        Objects.requireNonNull(paidAt, "paid at");
    }
}
