package dev.plara.wallet.core.properties;

import dev.plara.wallet.core.domain.access.ItemId;

/** One step of a random history: what a webhook, a user, an admin or time does to the wallets. */
sealed interface Op {

    /** A verified {@code order.paid} for a deposit; the same order may come again, with the same or another amount. */
    record Pay(String order, String user, long cents) implements Op {
    }

    /** The previous payment delivered once more, exactly. */
    record Redeliver() implements Op {
    }

    /** A user buys a catalog item from their balance. */
    record Buy(String user, ItemId item) implements Op {
    }

    /** Polar completed a refund of (part of) an order. */
    record Refund(String refund, String order, long cents) implements Op {
    }

    /** A user reports a bank transfer and an admin approves ({@code approve}) or rejects it. */
    record Bank(String user, long cents, String code, boolean approve) implements Op {
    }

    /** Time passes (so plan periods run out) and the sweeper runs. */
    record Later(int days) implements Op {
    }
}
