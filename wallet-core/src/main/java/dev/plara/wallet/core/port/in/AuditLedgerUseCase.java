package dev.plara.wallet.core.port.in;

import dev.plara.wallet.core.domain.ledger.AuditReport;

/**
 * Recomputes every wallet from its entries, checks sequences, running balances and cached balances, and that the books
 * balance per currency; reports every difference.
 */
public interface AuditLedgerUseCase {

    AuditReport audit();
}
