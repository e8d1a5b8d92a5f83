package dev.plara.mongo.payment;

import dev.plara.mongo.collection.DocumentValues;
import dev.plara.wallet.core.domain.reconciliation.Dispute;
import dev.plara.wallet.core.domain.reconciliation.DisputeStatus;
import dev.plara.wallet.core.domain.reconciliation.Finding;
import dev.plara.wallet.core.domain.reconciliation.FindingKind;
import dev.plara.wallet.core.domain.reconciliation.WatchedFact;
import org.bson.Document;

import java.util.List;

/** The parts of a reconciliation report as documents: findings, disputes and watched facts (absent in older runs). */
final class ReportDocuments {

    private ReportDocuments() {
    }

    static List<Document> findings(List<Finding> findings) {
        return findings.stream().map(finding -> DocumentValues.putIfPresent(new Document("kind",
                finding.kind().name()).append("detail", finding.detail()), "orderId", finding.orderId())).toList();
    }

    static List<Finding> findings(Document run) {
        return list(run, "findings").stream().map(f -> new Finding(FindingKind.valueOf(f.getString("kind")),
                f.getString("orderId"), f.getString("detail"))).toList();
    }

    static List<Document> disputes(List<Dispute> disputes) {
        return disputes.stream().map(dispute -> new Document("disputeId", dispute.disputeId())
                .append("orderId", dispute.orderId()).append("status", dispute.status().name())
                .append("amount", DocumentValues.money(dispute.amount()))
                .append("tax", DocumentValues.money(dispute.tax()))
                .append("evidenceDueBy", DocumentValues.mapNullable(dispute.evidenceDueBy(), DocumentValues::date))
                .append("modifiedAt", DocumentValues.date(dispute.modifiedAt()))).toList();
    }

    static List<Dispute> disputes(Document run) {
        return list(run, "disputes").stream().map(d -> new Dispute(d.getString("disputeId"), d.getString("orderId"),
                DisputeStatus.valueOf(d.getString("status")), DocumentValues.money(d.get("amount", Document.class)),
                DocumentValues.money(d.get("tax", Document.class)),
                DocumentValues.mapNullable(d.getDate("evidenceDueBy"), DocumentValues::instant),
                DocumentValues.instant(d.getDate("modifiedAt")))).toList();
    }

    static List<Document> watching(List<WatchedFact> facts) {
        return facts.stream().map(fact -> new Document("kind", fact.kind().name()).append("id", fact.id())
                .append("since", DocumentValues.date(fact.since()))).toList();
    }

    static List<WatchedFact> watching(Document run) {
        return list(run, "watching").stream().map(f -> new WatchedFact(WatchedFact.Kind.valueOf(f.getString("kind")),
                f.getString("id"), DocumentValues.instant(f.getDate("since")))).toList();
    }

    private static List<Document> list(Document run, String field) {
        return run.containsKey(field) ? run.getList(field, Document.class) : List.of();
    }
}
