package dev.plara.wallet.core.domain.reconciliation;

/** Where a dispute stands: open while evidence may be given, then closed as won, lost or prevented. */
public enum DisputeStatus {
    /** The card network warned of it; it may still be prevented by a refund. */
    EARLY_WARNING,
    /** Evidence is due by the dispute's due date. */
    NEEDS_RESPONSE,
    /** The bank is deciding. */
    UNDER_REVIEW,
    /** The bank sided with the seller: nothing is taken back. */
    WON,
    /** The bank sided with the buyer: the money is taken back. */
    LOST,
    /** Refunded before it escalated; the refund itself takes the money back. */
    PREVENTED
}
