package dev.plara.wallet.core.domain.reconciliation;

/** What reconciliation found that an admin should look at. */
public enum FindingKind {
    /** The provider and the ledger disagree on an order's amount or wallet. */
    AMOUNT_MISMATCH,
    /** A paid order could not be credited and waits among unmatched payments. */
    UNMATCHED,
    /** The ledger credits an order the provider does not report as paid. */
    LEDGER_WITHOUT_ORDER,
    /** A refund could not be applied: it conflicts with the ledger, or is held for an order Plara has not credited. */
    REFUND_NOT_APPLIED,
    /** Credits the provider did not list were too many to look up one by one this run; the first is named. */
    CREDITS_NOT_LOOKED_UP,
    /** An order or refund failed to apply; it is tried again on every run until it applies. */
    ITEM_FAILED,
    /** Plara's webhook endpoint at the provider is disabled, or missing: no webhook reaches Plara. */
    WEBHOOK_ENDPOINT_DISABLED,
    /**
     * A dispute was lost and its amount taken back (or the access its order bought revoked), or nothing was left of its
     * order's money to take back: the finding says which.
     */
    DISPUTE_LOST,
    /** A subscription's access differed from the provider's state of it and was corrected; names the subscription. */
    ACCESS_CORRECTED,
    /** A customer holds two or more active subscriptions to one product at the provider, each charged; names them. */
    SUBSCRIBED_TWICE
}
