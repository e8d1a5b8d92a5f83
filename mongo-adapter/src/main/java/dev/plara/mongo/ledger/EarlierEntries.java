package dev.plara.mongo.ledger;

import com.mongodb.client.model.Filters;
import dev.plara.mongo.collection.StoreCollection;
import dev.plara.wallet.core.domain.ledger.LedgerEntry;
import dev.plara.wallet.core.domain.ledger.PostedEntry;
import dev.plara.wallet.core.port.out.AppendResult;
import org.bson.Document;

import java.util.Optional;

/**
 * What the entries already stored say about a new one before it is appended: the same key with the same effect is a
 * repeat, with another effect a conflict, and another credit of the same bank transaction code a conflict too.
 */
final class EarlierEntries {

    private final StoreCollection entries;
    private final WalletCache cache;

    EarlierEntries(StoreCollection entries, WalletCache cache) {
        this.entries = entries;
        this.cache = cache;
    }

    /** The answer when an entry with this key, or another entry with this bank code, is already stored. */
    Optional<AppendResult> decide(LedgerEntry entry) {
        Document sameKey = entries.byId(entry.key().value());
        if (sameKey != null) {
            PostedEntry existing = LedgerEntryMapper.fromDocument(sameKey);
            if (existing.entry().sameEffectAs(entry)) {
                cache.repeated(existing);
                return Optional.of(new AppendResult.AlreadyApplied(existing));
            }
            return Optional.of(new AppendResult.Conflict(existing, "key " + entry.key()
                    + " already moved " + existing.entry().amount() + " " + existing.entry().debit() + " -> "
                    + existing.entry().credit() + " as " + existing.entry().kind()));
        }
        String code = entry.facts().bankTransactionCode().orElse(null);
        Document sameCode = code == null ? null : entries.first(Filters.eq(LedgerEntryMapper.BANK_CODE, code));
        if (sameCode != null) {
            PostedEntry existing = LedgerEntryMapper.fromDocument(sameCode);
            return Optional.of(new AppendResult.Conflict(existing,
                    "bank transaction code " + code + " was already credited by " + existing.key()));
        }
        return Optional.empty();
    }
}
