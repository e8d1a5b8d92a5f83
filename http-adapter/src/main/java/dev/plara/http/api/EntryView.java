package dev.plara.http.api;

import dev.plara.wallet.core.domain.ledger.PostedEntry;

/**
 * One entry of a wallet's history: {@code amount} is signed for the wallet (a purchase is negative),
 * {@code reference} is what caused it (the Polar order, the bank transaction code, or the item bought), and
 * {@code note} the note an admin wrote to the user when crediting a parked payment to them.
 */
record EntryView(String key, String kind, String source, MoneyView amount, MoneyView balanceAfter, String recordedAt,
                 String reference, String description, String note, String status) {

    static EntryView from(PostedEntry posted) {
        var entry = posted.entry();
        var note = entry.facts().match(card -> card.assignedBy() == null ? null : card.assignedBy().note(),
                bank -> null, purchase -> null, refund -> null);
        return new EntryView(entry.key().value(), WireFormat.name(entry.kind()), WireFormat.name(entry.facts().source()),
                MoneyView.from(entry.walletDelta()), MoneyView.from(posted.balanceAfter()), WireFormat.time(entry.recordedAt()),
                entry.facts().reference(), note == null ? entry.facts().description() : null, note, "completed");
    }
}
