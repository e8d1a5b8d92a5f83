package dev.plara.http.api;

import dev.plara.wallet.core.domain.ledger.AuditReport;
import dev.plara.wallet.core.domain.ledger.CurrencyTotals;
import dev.plara.wallet.core.domain.ledger.Discrepancy;

import java.util.List;

/** The ledger audit: whether every wallet and the books of every currency check out, and each difference found. */
record AuditView(String at, boolean clean, long entries, long wallets, List<TotalsView> totals,
                 List<DiscrepancyView> discrepancies) {

    static AuditView from(AuditReport report) {
        return new AuditView(WireFormat.time(report.at()), report.clean(), report.entries(), report.wallets(),
                report.totals().stream().map(TotalsView::from).toList(),
                report.discrepancies().stream().map(DiscrepancyView::from).toList());
    }

    /** One currency's sums: wallets against system accounts; balanced when they cancel out. */
    record TotalsView(String currency, MoneyView wallets, MoneyView systemAccounts, boolean balanced) {
        static TotalsView from(CurrencyTotals totals) {
            return new TotalsView(totals.wallets().currencyCode(), MoneyView.from(totals.wallets()),
                    MoneyView.from(totals.systemAccounts()), totals.balanced());
        }
    }

    /** One difference: where, what was expected and what was there. */
    record DiscrepancyView(String kind, String account, String expected, String actual, String detail) {
        static DiscrepancyView from(Discrepancy discrepancy) {
            return new DiscrepancyView(WireFormat.name(discrepancy.kind()), discrepancy.account(), discrepancy.expected(),
                    discrepancy.actual(), discrepancy.detail());
        }
    }
}
