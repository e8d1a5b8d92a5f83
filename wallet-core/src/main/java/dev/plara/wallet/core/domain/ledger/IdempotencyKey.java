package dev.plara.wallet.core.domain.ledger;

import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.deposit.DepositId;
import dev.plara.wallet.core.domain.user.UserId;

import java.util.Objects;

/**
 * Names the outside fact that caused a ledger entry; the same key twice is one effect.
 *
 * <p>Keys are derived, never random: {@code polar:order:<id>}, {@code polar:refund:<id>}, {@code bank:<depositId>},
 * {@code purchase:<user>:<item>} (with {@code #<period>} for each period of a subscription plan).
 */
public record IdempotencyKey(String value) {

    private static final char PERIOD_MARK = '#';

    public IdempotencyKey {
        Objects.requireNonNull(value, "idempotency key");
        if (value.isBlank() || value.length() > 512 || value.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("an idempotency key is 1-512 characters without spaces");
        }
    }

    public static IdempotencyKey polarOrder(String orderId) {
        return new IdempotencyKey("polar:order:" + requireId(orderId));
    }

    public static IdempotencyKey polarRefund(String refundId) {
        return new IdempotencyKey("polar:refund:" + requireId(refundId));
    }

    public static IdempotencyKey bankDeposit(DepositId deposit) {
        return new IdempotencyKey("bank:" + deposit.value());
    }

    public static IdempotencyKey purchase(UserId user, ItemId item) {
        return new IdempotencyKey("purchase:" + user.value() + ":" + item.value());
    }

    public static IdempotencyKey purchasePeriod(UserId user, ItemId item, long period) {
        if (period < 1) {
            throw new IllegalArgumentException("periods count from 1");
        }
        return new IdempotencyKey(purchase(user, item).value() + PERIOD_MARK + period);
    }

    /** The period number of a plan purchase key; 1 for any other key (item ids never contain the mark). */
    public long period() {
        int mark = value.lastIndexOf(PERIOD_MARK);
        return mark < 0 ? 1 : Long.parseLong(value.substring(mark + 1));
    }

    private static String requireId(String id) {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("an outside id may not be blank");
        }
        return id;
    }

    @Override
    public String toString() {
        return value;
    }
}
