package dev.plara.polar.emulator.service;

import dev.plara.polar.emulator.state.Amounts;
import dev.plara.polar.emulator.state.OrderState;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Splits an amount into Polar's net, tax and total under the current {@link TaxSetting}, as Polar's order amounts do:
 * {@code net = subtotal - discount - (tax if inclusive)}, {@code total = net + tax}; and the tax a refund returns.
 */
public final class TaxRules {

    private final AtomicReference<TaxSetting> setting;

    public TaxRules(TaxSetting initial) {
        this.setting = new AtomicReference<>(initial);
    }

    public void set(TaxSetting value) {
        setting.set(value);
    }

    public TaxSetting setting() {
        return setting.get();
    }

    /** The amounts of a charge of {@code subtotal} for a price whose own tax behavior is {@code priceBehavior}. */
    public Amounts amounts(long subtotal, String priceBehavior) {
        TaxSetting current = setting.get();
        if (current.rate().signum() == 0 || subtotal == 0) {
            return Amounts.untaxed(subtotal);
        }
        String behavior = "inclusive".equals(priceBehavior) || "exclusive".equals(priceBehavior) ? priceBehavior
                : current.behavior();
        BigDecimal amount = BigDecimal.valueOf(subtotal);
        if ("inclusive".equals(behavior)) {
            long net = amount.divide(BigDecimal.ONE.add(current.rate()), 0, RoundingMode.HALF_UP).longValueExact();
            return new Amounts(subtotal, 0, net, subtotal - net, subtotal, behavior);
        }
        long tax = amount.multiply(current.rate()).setScale(0, RoundingMode.HALF_UP).longValueExact();
        return new Amounts(subtotal, 0, subtotal, tax, subtotal + tax, behavior);
    }

    /** The tax refunded with {@code amount} of {@code order}: all that is left for a full refund, else pro rata. */
    public static long refundTax(OrderState order, long amount) {
        if (amount == order.refundable() || order.amounts().net() == 0) {
            return order.refundableTax();
        }
        return BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(order.amounts().tax()))
                .divide(BigDecimal.valueOf(order.amounts().net()), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
