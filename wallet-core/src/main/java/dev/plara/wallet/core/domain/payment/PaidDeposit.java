package dev.plara.wallet.core.domain.payment;

import dev.plara.wallet.core.domain.money.Money;

import java.time.Instant;
import java.util.Objects;

/**
 * A paid deposit order as the provider reported it.
 *
 * @param claimedUser the user id the order carries (metadata first, else external customer id); {@code null} if none
 * @param email       the customer's email at the provider; {@code null} if unknown
 * @param price       what the deposit is worth: the price the buyer chose (the top-up amount, the pack's price),
 *                    whether the tax was inside it or added on top
 * @param charged     how the provider split what the card paid into net, tax and total
 */
public record PaidDeposit(String orderId, String checkoutId, String claimedUser, String email, Money price,
                          ChargedAmounts charged, Instant paidAt) {
    public PaidDeposit {
        Objects.requireNonNull(orderId, "order id");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(charged, "charged amounts");
        Objects.requireNonNull(paidAt, "paid at");
        if (!charged.fits(price)) {
            throw new IllegalArgumentException("a price of " + price + " is neither the net " + charged.net()
                    + " nor the total " + charged.total() + " the provider charged");
        }
    }

    /** A deposit of {@code price} with no tax charged. */
    public static PaidDeposit untaxed(String orderId, String checkoutId, String claimedUser, String email, Money price,
                                      Instant paidAt) {
        return new PaidDeposit(orderId, checkoutId, claimedUser, email, price, ChargedAmounts.untaxed(price), paidAt);
    }
}
