package dev.plara.wallet.core.domain.ledger;

import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.deposit.DepositId;
import dev.plara.wallet.core.domain.user.UserId;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Names the outside fact that caused a ledger entry; the same key twice is one effect.
 *
 * <p>Keys are derived, never random: {@code polar:order:<id>}, {@code polar:refund:<id>}, {@code bank:<depositId>},
 * {@code purchase:<user>:<item>} (with {@code #<period>} for each period of a subscription plan). Ids that come from
 * outside (users, orders, refunds) are escaped ({@link KeyPart}), so none can change how a key is read.
 */
public record IdempotencyKey(String value) {

    private static final String ORDER = "polar:order:";
    private static final String PURCHASE = "purchase:";
    private static final char PERIOD_MARK = '#';
    private static final Pattern PERIOD_NUMBER = Pattern.compile("[1-9][0-9]{0,17}");

    public IdempotencyKey {
        Objects.requireNonNull(value, "idempotency key");
        if (value.isBlank() || value.length() > 1024 || value.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("an idempotency key is 1-1024 characters without spaces");
        }
    }

    public static IdempotencyKey polarOrder(String orderId) {
        return new IdempotencyKey(ORDER + KeyPart.escape(orderId));
    }

    public static IdempotencyKey polarRefund(String refundId) {
        return new IdempotencyKey("polar:refund:" + KeyPart.escape(refundId));
    }

    public static IdempotencyKey bankDeposit(DepositId deposit) {
        return new IdempotencyKey("bank:" + deposit.value());
    }

    /** The user's escaped id holds no {@code :} and the item id no {@code #}, so both read back unambiguously. */
    public static IdempotencyKey purchase(UserId user, ItemId item) {
        return new IdempotencyKey(PURCHASE + KeyPart.escape(user.value()) + ":" + item.value());
    }

    public static IdempotencyKey purchasePeriod(UserId user, ItemId item, long period) {
        if (period < 1) {
            throw new IllegalArgumentException("periods count from 1");
        }
        return new IdempotencyKey(purchase(user, item).value() + PERIOD_MARK + period);
    }

    /** The period number of a plan purchase key; 1 for any other key. */
    public long period() {
        int mark = value.lastIndexOf(PERIOD_MARK);
        if (!value.startsWith(PURCHASE) || mark < 0) {
            return 1;
        }
        var digits = value.substring(mark + 1);
        return PERIOD_NUMBER.matcher(digits).matches() ? Long.parseLong(digits) : 1;
    }

    /** The Polar order id a card credit's key names, as Polar sent it; empty for any other key. */
    public Optional<String> polarOrderId() {
        return value.startsWith(ORDER) ? Optional.of(KeyPart.unescape(value.substring(ORDER.length())))
                : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
