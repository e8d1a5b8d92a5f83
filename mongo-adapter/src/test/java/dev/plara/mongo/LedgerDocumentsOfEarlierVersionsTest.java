package dev.plara.mongo;

import dev.plara.mongo.collection.WriteObserver;
import dev.plara.mongo.ledger.LedgerEntryMapper;
import dev.plara.mongo.schema.MongoSchema;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.deposit.DepositId;
import dev.plara.wallet.core.domain.deposit.ReceiptRef;
import dev.plara.wallet.core.domain.ledger.AdminCredit;
import dev.plara.wallet.core.domain.ledger.BankDepositFacts;
import dev.plara.wallet.core.domain.ledger.CardDepositFacts;
import dev.plara.wallet.core.domain.ledger.ConvertedPayment;
import dev.plara.wallet.core.domain.ledger.EntryKind;
import dev.plara.wallet.core.domain.ledger.IdempotencyKey;
import dev.plara.wallet.core.domain.ledger.PurchaseFacts;
import dev.plara.wallet.core.domain.ledger.RefundFacts;
import dev.plara.wallet.core.domain.money.Money;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ledger entries stored before the facts were split by kind (one document with every fact optional) read as the
 * facts of their kind, and the mapper writes the very same facts document back: no stored entry needs migrating.
 */
class LedgerDocumentsOfEarlierVersionsTest {

    private static final Date AT = Date.from(Instant.parse("2026-11-22T10:00:00Z"));
    private static final Date REVIEWED = Date.from(Instant.parse("2026-11-22T09:00:00Z"));

    private MongoPlaraStores stores;
    private com.mongodb.client.MongoDatabase db;

    @BeforeEach
    void freshDatabase() {
        String name = InProcessMongo.newDatabaseName();
        stores = InProcessMongo.shared().stores(name, WriteObserver.NONE);
        db = InProcessMongo.shared().client().getDatabase(name);
    }

    @Test
    void anAssignedAndConvertedCardDepositReadsWithItsOrderConversionAndAdmin() {
        var facts = new Document("source", "POLAR").append("orderId", "order_7").append("customerEmail", "zoe@x.org")
                .append("processedBy", "admin-1").append("processedAt", REVIEWED).append("notes", "by email")
                .append("paidAmount", new Document("minor", 1001L).append("currency", "USD")).append("rate", "57.5");
        store("polar:order:order_7", "wallet:zoe/ETB", "polar-clearing/ETB", "wallet:zoe/ETB", "ETB", 57557,
                "CARD_DEPOSIT", facts);

        var entry = stores.ledger().find(new IdempotencyKey("polar:order:order_7")).orElseThrow().entry();

        assertThat(entry.kind()).isEqualTo(EntryKind.CARD_DEPOSIT);
        assertThat(entry.facts()).isEqualTo(new CardDepositFacts("order_7", "zoe@x.org",
                new ConvertedPayment(Money.usd(10_01), "57.5"), new AdminCredit("admin-1", REVIEWED.toInstant(),
                "by email"), null));
        assertWrittenBackAsStored("polar:order:order_7", facts);
    }

    @Test
    void aBankDepositReadsWithItsTransferReceiptAndReviewer() {
        var facts = new Document("source", "BANK").append("bankTransactionCode", "FT0001")
                .append("senderName", "Abebe Kebede").append("phone", "+251911000000").append("receipt", "r-1")
                .append("depositId", "d-1").append("processedBy", "admin-1").append("processedAt", REVIEWED);
        store("bank:d-1", "wallet:abebe/USD", "bank-clearing/USD", "wallet:abebe/USD", "USD", 40_00, "BANK_DEPOSIT",
                facts);

        var entry = stores.ledger().find(new IdempotencyKey("bank:d-1")).orElseThrow().entry();

        assertThat(entry.facts()).isEqualTo(new BankDepositFacts(new DepositId("d-1"), "FT0001", "Abebe Kebede",
                "+251911000000", new ReceiptRef("r-1"), "admin-1", REVIEWED.toInstant()));
        assertThat(entry.facts().bankTransactionCode()).contains("FT0001");
        assertWrittenBackAsStored("bank:d-1", facts);
    }

    @Test
    void aPurchaseAndARefundReadWithTheirItemAndOrder() {
        var purchase = new Document("source", "WALLET").append("itemId", "video-1").append("notes", "Intro video");
        var refund = new Document("source", "POLAR").append("orderId", "order_8").append("notes", "refund re_1");
        store("purchase:ann:video-1", "wallet:ann/USD", "wallet:ann/USD", "revenue:content/USD", "USD", 3_00,
                "PURCHASE", purchase);
        store("polar:refund:re_1", "wallet:ben/USD", "wallet:ben/USD", "polar-clearing/USD", "USD", 1_00, "REFUND",
                refund);

        assertThat(stores.ledger().find(new IdempotencyKey("purchase:ann:video-1")).orElseThrow().entry().facts())
                .isEqualTo(new PurchaseFacts(new ItemId("video-1"), "Intro video"));
        assertThat(stores.ledger().find(new IdempotencyKey("polar:refund:re_1")).orElseThrow().entry().facts())
                .isEqualTo(new RefundFacts("order_8", "refund re_1", null, null));
        assertWrittenBackAsStored("purchase:ann:video-1", purchase);
        assertWrittenBackAsStored("polar:refund:re_1", refund);
    }

    /** Inserts an entry document exactly as the mapper of earlier versions wrote it. */
    private void store(String key, String wallet, String debit, String credit, String currency, long amount,
                       String kind, Document facts) {
        var document = new Document("_id", key).append("wallet", wallet).append("owner", wallet.split("[:/]")[1])
                .append("currency", currency).append("walletSeq", 1L).append("debit", debit).append("credit", credit)
                .append("amount", amount).append("balanceAfter", wallet.equals(credit) ? amount : -amount)
                .append("kind", kind).append("facts", facts).append("recordedAt", AT).append("unsettledSince", AT);
        if (facts.containsKey("bankTransactionCode")) {
            document.append("bankCode", facts.getString("bankTransactionCode"));
        }
        db.getCollection(MongoSchema.LEDGER_ENTRIES).insertOne(document);
    }

    private void assertWrittenBackAsStored(String key, Document facts) {
        var posted = stores.ledger().find(new IdempotencyKey(key)).orElseThrow();
        var stored = db.getCollection(MongoSchema.LEDGER_ENTRIES).find(new Document("_id", key)).first();
        assertThat(LedgerEntryMapper.toDocument(posted)).isEqualTo(stored);
        assertThat(LedgerEntryMapper.toDocument(posted).get("facts")).isEqualTo(facts);
    }
}
