package dev.plara.store;

import de.bwaldvogel.mongo.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The queries the store answered by reading a whole collection (no index narrowed them), by collection and
 * {@linkplain QueryShape shape}: how many times and how many documents they read, which {@code serverStatus} reports
 * under {@code metrics.queryExecutor.collectionScans} (MongoDB counts its COLLSCANs under that name), and a log line
 * the first time each shape scans a collection. At most {@value #SHAPES} shapes are kept apart; further ones are
 * counted under {@code <OTHER>}.
 */
final class CollectionScans {

    static final int SHAPES = 200;
    private static final Logger LOG = LoggerFactory.getLogger(CollectionScans.class);
    private static final String OTHER = "<OTHER>";

    private record Scanned(String namespace, String shape) {
    }

    private record Counts(LongAdder scans, LongAdder documents) {
    }

    private final Map<Scanned, Counts> counts = new ConcurrentHashMap<>();

    /**
     * Counts a scan of {@code namespace} by a query of {@code shape}; what it answers counts the documents the scan
     * reads.
     */
    LongAdder scanned(String namespace, String shape) {
        var scanned = new Scanned(namespace, shape);
        var known = counts.get(scanned);
        if (known == null) {
            scanned = counts.size() < SHAPES ? scanned : new Scanned(namespace, OTHER);
            var fresh = new Counts(new LongAdder(), new LongAdder());
            known = counts.putIfAbsent(scanned, fresh);
            if (known == null) {
                known = fresh;
                LOG.info("A query read every document of {} (no index narrows it; said once per query shape): {}",
                        namespace, shape);
            }
        }
        known.scans().increment();
        return known.documents();
    }

    /** The {@code queryExecutor} part of {@code serverStatus}'s {@code metrics}. */
    Document metrics() {
        long scans = 0;
        long documents = 0;
        var shapes = new ArrayList<Document>();
        var sorted = counts.entrySet().stream().sorted(Map.Entry.comparingByKey(
                Comparator.comparing(Scanned::namespace).thenComparing(Scanned::shape))).toList();
        for (var entry : sorted) {
            long times = entry.getValue().scans().sum();
            long read = entry.getValue().documents().sum();
            scans += times;
            documents += read;
            shapes.add(new Document("ns", entry.getKey().namespace()).append("shape", entry.getKey().shape())
                    .append("total", times).append("documentsRead", read));
        }
        return new Document("collectionScans", new Document("total", scans).append("documentsRead", documents)
                .append("shapes", shapes));
    }
}
