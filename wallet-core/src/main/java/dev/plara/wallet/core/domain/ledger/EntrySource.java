package dev.plara.wallet.core.domain.ledger;

/** Where the money of an entry came from or went to, as the seed ledger records it. */
public enum EntrySource {
    POLAR, BANK, WALLET
}
