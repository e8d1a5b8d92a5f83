package dev.plara.http.api;

import dev.plara.wallet.core.domain.ledger.PostedEntry;

/**
 * One entry of a wallet's history: {@code amount} is signed for the wallet (a purchase is negative), and
 * {@code reference} is what caused it (the Polar order, the bank transaction code, or the item bought).
 */
record EntryView(String key, String kind, String source, MoneyView amount, MoneyView balanceAfter, String recordedAt,
                 String reference, String description, String status) {

    static EntryView from(PostedEntry posted) {
        var entry = posted.entry();
        return new EntryView(entry.key().value(), WireFormat.name(entry.kind()), WireFormat.name(entry.facts().source()),
                MoneyView.from(entry.walletDelta()), MoneyView.from(posted.balanceAfter()), WireFormat.time(entry.recordedAt()),
                entry.facts().reference(), entry.facts().description(), "completed");
    }
}
