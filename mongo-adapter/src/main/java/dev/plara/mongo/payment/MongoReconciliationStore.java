package dev.plara.mongo.payment;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import dev.plara.mongo.collection.DocumentValues;
import dev.plara.mongo.collection.StoreCollection;
import dev.plara.wallet.core.domain.reconciliation.ReconciliationReport;
import dev.plara.wallet.core.port.out.ReconciliationStore;
import org.bson.Document;
import org.bson.types.ObjectId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reconciliation runs in {@code reconciliation_runs}: one document per run holds its report and the cursor for the
 * next run, so both are stored by one atomic insert; the latest run (by start, then insertion) holds the cursor, and
 * in its report the orders and refunds still watched.
 */
public final class MongoReconciliationStore implements ReconciliationStore {

    private static final String NEXT_CURSOR = "nextCursor";
    private static final String STARTED_AT = "startedAt";

    private final StoreCollection runs;

    public MongoReconciliationStore(StoreCollection runs) {
        this.runs = runs;
    }

    @Override
    public Optional<Instant> cursor() {
        return Optional.ofNullable(newestFirst().limit(1).first()).map(run -> DocumentValues.instant(run.getDate(NEXT_CURSOR)));
    }

    @Override
    public void record(ReconciliationReport report, Instant nextCursor) {
        runs.insert(new Document("_id", new ObjectId())
                .append(STARTED_AT, DocumentValues.date(report.startedAt()))
                .append("since", DocumentValues.date(report.since()))
                .append("ordersRead", report.ordersRead())
                .append("refundsRead", report.refundsRead())
                .append("credited", report.credited())
                .append("fulfilled", report.fulfilled())
                .append("refundsApplied", report.refundsApplied())
                .append("disputesApplied", report.disputesApplied())
                .append("redelivered", report.redelivered())
                .append("findings", ReportDocuments.findings(report.findings()))
                .append("disputes", ReportDocuments.disputes(report.disputes()))
                .append("watching", ReportDocuments.watching(report.watching()))
                .append(NEXT_CURSOR, DocumentValues.date(nextCursor)));
    }

    @Override
    public List<ReconciliationReport> recent(int limit) {
        if (limit < 1) {
            return List.of();
        }
        return newestFirst().limit(limit).map(MongoReconciliationStore::fromDocument).into(new ArrayList<>());
    }

    private com.mongodb.client.FindIterable<Document> newestFirst() {
        return runs.find(Filters.empty()).sort(Sorts.descending(STARTED_AT, "_id"));
    }

    private static ReconciliationReport fromDocument(Document d) {
        return new ReconciliationReport(DocumentValues.instant(d.getDate(STARTED_AT)), DocumentValues.instant(d.getDate("since")),
                d.getInteger("ordersRead"), d.getInteger("refundsRead"), d.getInteger("credited"),
                d.getInteger("fulfilled"), d.getInteger("refundsApplied"), d.getInteger("disputesApplied", 0),
                d.getInteger("redelivered", 0), ReportDocuments.findings(d), ReportDocuments.disputes(d),
                ReportDocuments.watching(d));
    }
}
