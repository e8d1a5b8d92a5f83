package dev.plara.mongo.ledger;

import dev.plara.mongo.collection.DocumentValues;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.deposit.DepositId;
import dev.plara.wallet.core.domain.deposit.ReceiptRef;
import dev.plara.wallet.core.domain.ledger.AdminCredit;
import dev.plara.wallet.core.domain.ledger.BankDepositFacts;
import dev.plara.wallet.core.domain.ledger.CardDepositFacts;
import dev.plara.wallet.core.domain.ledger.ConvertedPayment;
import dev.plara.wallet.core.domain.ledger.EntryFacts;
import dev.plara.wallet.core.domain.ledger.EntryKind;
import dev.plara.wallet.core.domain.ledger.PurchaseFacts;
import dev.plara.wallet.core.domain.ledger.RefundFacts;
import org.bson.Document;

import static dev.plara.mongo.collection.DocumentValues.mapNullable;
import static dev.plara.mongo.collection.DocumentValues.putIfPresent;

/**
 * Maps the facts of a ledger entry to a sub-document and back: {@code source}, then the fields of the entry's kind
 * under the names the ledger has always used ({@code orderId}, {@code bankTransactionCode}, {@code processedBy},
 * {@code notes}, {@code paidAmount}, ...), so documents written before the facts were split by kind read unchanged.
 */
final class EntryFactsMapper {

    private EntryFactsMapper() {
    }

    static Document toDocument(EntryFacts facts) {
        var document = new Document("source", facts.source().name());
        return facts.match(card -> card(document, card), bank -> bank(document, bank),
                purchase -> document.append("itemId", purchase.itemId().value()).append("notes", purchase.title()),
                refund -> converted(putIfPresent(putIfPresent(putIfPresent(document, "orderId", refund.orderId()),
                        "notes", refund.description()), "taxReturned", DocumentValues.money(refund.taxReturned())),
                        refund.converted()));
    }

    private static Document card(Document document, CardDepositFacts card) {
        putIfPresent(document, "orderId", card.orderId());
        putIfPresent(document, "customerEmail", card.customerEmail());
        putIfPresent(document, "charged", DocumentValues.charged(card.charged()));
        var admin = card.assignedBy();
        if (admin != null) {
            putIfPresent(document, "processedBy", admin.admin());
            putIfPresent(document, "processedAt", DocumentValues.date(admin.at()));
            putIfPresent(document, "notes", admin.note());
        }
        return converted(document, card.converted());
    }

    private static Document bank(Document document, BankDepositFacts bank) {
        putIfPresent(document, "bankTransactionCode", bank.transactionCode());
        putIfPresent(document, "senderName", bank.senderName());
        putIfPresent(document, "phone", bank.phone());
        putIfPresent(document, "receipt", mapNullable(bank.receipt(), ReceiptRef::value));
        putIfPresent(document, "depositId", bank.depositId().value());
        putIfPresent(document, "processedBy", bank.reviewer());
        return putIfPresent(document, "processedAt", DocumentValues.date(bank.reviewedAt()));
    }

    private static Document converted(Document document, ConvertedPayment converted) {
        if (converted != null) {
            document.append("paidAmount", DocumentValues.money(converted.paid())).append("rate", converted.rate());
        }
        return document;
    }

    static EntryFacts fromDocument(EntryKind kind, Document d) {
        return switch (kind) {
            case CARD_DEPOSIT -> card(d);
            case BANK_DEPOSIT -> new BankDepositFacts(new DepositId(d.getString("depositId")),
                    d.getString("bankTransactionCode"), d.getString("senderName"), d.getString("phone"),
                    mapNullable(d.getString("receipt"), ReceiptRef::new), d.getString("processedBy"),
                    DocumentValues.instant(d.getDate("processedAt")));
            case PURCHASE -> new PurchaseFacts(new ItemId(d.getString("itemId")), d.getString("notes"));
            case REFUND -> new RefundFacts(d.getString("orderId"), d.getString("notes"), converted(d),
                    DocumentValues.money(d.get("taxReturned", Document.class)));
        };
    }

    private static CardDepositFacts card(Document d) {
        var admin = d.getString("processedBy") == null ? null : new AdminCredit(d.getString("processedBy"),
                DocumentValues.instant(d.getDate("processedAt")), d.getString("notes"));
        return new CardDepositFacts(d.getString("orderId"), d.getString("customerEmail"), converted(d), admin,
                DocumentValues.charged(d.get("charged", Document.class)));
    }

    private static ConvertedPayment converted(Document d) {
        var paid = DocumentValues.money(d.get("paidAmount", Document.class));
        return paid == null ? null : new ConvertedPayment(paid, d.getString("rate"));
    }
}
