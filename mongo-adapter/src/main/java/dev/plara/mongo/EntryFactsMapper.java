package dev.plara.mongo;

import dev.plara.wallet.core.domain.DepositId;
import dev.plara.wallet.core.domain.EntryFacts;
import dev.plara.wallet.core.domain.EntrySource;
import dev.plara.wallet.core.domain.ItemId;
import dev.plara.wallet.core.domain.ReceiptRef;
import org.bson.Document;

import static dev.plara.mongo.Docs.mapNullable;
import static dev.plara.mongo.Docs.putIfPresent;

/** Maps the facts of a ledger entry to a sub-document and back, leaving out the facts that do not apply. */
final class EntryFactsMapper {

    private EntryFactsMapper() {
    }

    static Document toDocument(EntryFacts facts) {
        var document = new Document("source", facts.source().name());
        putIfPresent(document, "orderId", facts.orderId());
        putIfPresent(document, "customerEmail", facts.customerEmail());
        putIfPresent(document, "bankTransactionCode", facts.bankTransactionCode());
        putIfPresent(document, "senderName", facts.senderName());
        putIfPresent(document, "phone", facts.phone());
        putIfPresent(document, "receipt", mapNullable(facts.receipt(), ReceiptRef::value));
        putIfPresent(document, "depositId", mapNullable(facts.depositId(), DepositId::value));
        putIfPresent(document, "itemId", mapNullable(facts.itemId(), ItemId::value));
        putIfPresent(document, "processedBy", facts.processedBy());
        putIfPresent(document, "processedAt", Docs.date(facts.processedAt()));
        putIfPresent(document, "notes", facts.notes());
        putIfPresent(document, "paidAmount", Docs.money(facts.paidAmount()));
        return putIfPresent(document, "rate", facts.rate());
    }

    static EntryFacts fromDocument(Document d) {
        return new EntryFacts(
                EntrySource.valueOf(d.getString("source")),
                d.getString("orderId"),
                d.getString("customerEmail"),
                d.getString("bankTransactionCode"),
                d.getString("senderName"),
                d.getString("phone"),
                mapNullable(d.getString("receipt"), ReceiptRef::new),
                mapNullable(d.getString("depositId"), DepositId::new),
                mapNullable(d.getString("itemId"), ItemId::new),
                d.getString("processedBy"),
                Docs.instant(d.getDate("processedAt")),
                d.getString("notes"),
                Docs.money(d.get("paidAmount", Document.class)),
                d.getString("rate"));
    }
}
