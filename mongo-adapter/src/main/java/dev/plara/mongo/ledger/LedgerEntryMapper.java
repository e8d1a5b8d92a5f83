package dev.plara.mongo.ledger;

import dev.plara.mongo.collection.DocumentValues;
import dev.plara.wallet.core.domain.ledger.Account;
import dev.plara.wallet.core.domain.ledger.EntryKind;
import dev.plara.wallet.core.domain.ledger.IdempotencyKey;
import dev.plara.wallet.core.domain.ledger.LedgerEntry;
import dev.plara.wallet.core.domain.ledger.PostedEntry;
import dev.plara.wallet.core.domain.money.Money;
import org.bson.Document;

/**
 * Maps a posted entry to its {@code ledger_entries} document and back. The document's {@code _id} is the idempotency
 * key; {@code wallet}, {@code owner} and {@code walletSeq} place it in its wallet's sequence; {@code bankCode} is set
 * only on entries that carry a bank transaction code (a sparse unique index keeps it to one credit per code);
 * {@code unsettledSince} is there until the entry is settled.
 */
public final class LedgerEntryMapper {

    static final String WALLET = "wallet";
    static final String OWNER = "owner";
    static final String SEQ = "walletSeq";
    static final String BALANCE_AFTER = "balanceAfter";
    static final String RECORDED_AT = "recordedAt";
    static final String BANK_CODE = "bankCode";
    static final String UNSETTLED_SINCE = "unsettledSince";

    private LedgerEntryMapper() {
    }

    public static Document toDocument(PostedEntry posted) {
        LedgerEntry entry = posted.entry();
        var document = new Document("_id", entry.key().value())
                .append(WALLET, entry.wallet().toString())
                .append(OWNER, entry.wallet().owner().value())
                .append("currency", entry.amount().currencyCode())
                .append(SEQ, posted.walletSequence())
                .append("debit", entry.debit().toString())
                .append("credit", entry.credit().toString())
                .append("amount", entry.amount().minor())
                .append(BALANCE_AFTER, posted.balanceAfter().minor())
                .append("kind", entry.kind().name())
                .append("facts", EntryFactsMapper.toDocument(entry.facts()))
                .append(RECORDED_AT, DocumentValues.date(entry.recordedAt()))
                .append(UNSETTLED_SINCE, DocumentValues.date(entry.recordedAt()));
        return DocumentValues.putIfPresent(document, BANK_CODE, entry.facts().bankTransactionCode().orElse(null));
    }

    static PostedEntry fromDocument(Document d) {
        String currency = d.getString("currency");
        var entry = new LedgerEntry(
                new IdempotencyKey(d.getString("_id")),
                Account.parse(d.getString("debit")),
                Account.parse(d.getString("credit")),
                Money.of(DocumentValues.longValue(d, "amount"), currency),
                EntryFactsMapper.fromDocument(EntryKind.valueOf(d.getString("kind")), d.get("facts", Document.class)),
                DocumentValues.instant(d.getDate(RECORDED_AT)));
        return new PostedEntry(entry, DocumentValues.longValue(d, SEQ), Money.of(DocumentValues.longValue(d, BALANCE_AFTER), currency));
    }
}
