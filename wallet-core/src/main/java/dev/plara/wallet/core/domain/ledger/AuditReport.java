package dev.plara.wallet.core.domain.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The result of recomputing every wallet from its entries and checking that the books balance per currency. */
public record AuditReport(Instant at, long entries, long wallets, List<CurrencyTotals> totals,
                          List<Discrepancy> discrepancies) {

    public AuditReport {
        Objects.requireNonNull(at, "at");
        totals = List.copyOf(totals);
        discrepancies = List.copyOf(discrepancies);
    }

    public boolean clean() {
        return discrepancies.isEmpty();
    }
}
