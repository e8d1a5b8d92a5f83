package dev.plara.polar.emulator.state;

/**
 * What a checkout or an order charges, in minor units, as Polar splits it: {@code subtotal} before discounts and taxes,
 * {@code net} after discounts and before taxes, {@code total} what the card pays. With {@code inclusive} tax the
 * subtotal already holds the tax ({@code net = subtotal - tax}); with {@code exclusive} tax it comes on top
 * ({@code total = net + tax}).
 *
 * @param taxBehavior {@code inclusive}, {@code exclusive}, or {@code null} when no tax was computed
 */
public record Amounts(long subtotal, long discount, long net, long tax, long total, String taxBehavior) {

    public Amounts {
        if (subtotal < 0 || discount < 0 || net < 0 || tax < 0 || total != net + tax) {
            throw new IllegalArgumentException("amounts must be positive and add up: " + subtotal + ", " + net + " + "
                    + tax + " = " + total);
        }
    }

    /** No tax and no discount: every amount is {@code amount}. */
    public static Amounts untaxed(long amount) {
        return new Amounts(amount, 0, amount, 0, amount, null);
    }
}
