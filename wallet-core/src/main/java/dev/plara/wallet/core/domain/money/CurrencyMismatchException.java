package dev.plara.wallet.core.domain.money;

/** Thrown when two amounts of different currencies meet in arithmetic: a broken invariant, never a conversion. */
public final class CurrencyMismatchException extends IllegalArgumentException {

    public CurrencyMismatchException(Money left, Money right) {
        super("currencies differ: " + left + " and " + right);
    }
}
