package dev.plara.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryParameters;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * An H2 collection planning what mongo-java-server scans for: by a unique index pinned, more asked of the document
 * ({@link UniquePositions}), a non-unique one's pinned leading keys then a range or {@code $in} ({@link PrefixPlan}),
 * or a walk ({@link WalkedFinds}); each document found is still matched against the whole query, so answers are
 * unchanged. A query no index narrows is counted ({@link CollectionScans}).
 */
final class IndexedH2Collection extends CopyingH2Collection {

    private final MVMap<Object, Object> data;
    private final WalkedFinds walks;
    private final CollectionScans scans;

    /** A collection whose queries that read all of it are counted in {@code scans}. */
    IndexedH2Collection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Object> data,
                        MVMap<String, Object> meta, CursorRegistry cursors, Supplier<Journal> journal,
                        CollectionScans scans) {
        super(database, name, options, data, meta, cursors, journal);
        this.data = data;
        this.scans = scans;
        this.walks = new WalkedFinds(this, data, cursors, this::read, scans);
    }

    /**
     * A find that an index walk answers ({@link WalkedFinds#walkFor}) reads a batch at a time ({@link WalkCursor}); any
     * other query (and every query a write makes) is planned as before. Under the collection's lock, as
     * mongo-java-server's queries (each further batch takes it too).
     */
    @Override
    public synchronized QueryResult handleQuery(QueryParameters parameters) {
        var selector = parameters.getQuerySelector();
        var query = (Document) selector.get("$query");
        var walk = query == null ? Optional.<IndexWalk>empty()
                : walks.walkFor(query, (Document) selector.get("$orderby"));
        if (walk.isEmpty()) {
            return super.handleQuery(parameters);
        }
        var projection = parameters.getProjection();
        UnaryOperator<Document> project = projection == null || projection.isEmpty() ? UnaryOperator.identity()
                : document -> matchDocumentsFromStream(Stream.of(document), new Document(), null, 0, 0, 0, projection)
                .iterator().next();
        return walks.answer(parameters, walk.get(), project);
    }

    /** The finds an index walk answers, and which walk answers a find ({@link WalkedFinds#walkFor}). */
    WalkedFinds walks() {
        return walks;
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                                         Document fieldSelector) {
        var pinned = pinnedPositions(query);
        if (pinned.isPresent()) {
            return matchDocuments(query, pinned.get(), orderBy, skip, limit, batchSize, fieldSelector);
        }
        if (getIndexes().stream().anyMatch(index -> index.canHandle(query))) {
            return super.queryDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
        }
        var plan = isNatural(orderBy) ? Optional.<PrefixPlan>empty() : PrefixPlan.choose(getIndexes(), query);
        if (plan.isEmpty()) {
            long before = documentsRead();
            var scanned = super.queryDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
            scans.scanned(getFullName(), QueryShape.of(query, orderBy)).add(documentsRead() - before);
            return scanned;
        }
        if (limit > 0 && plan.get().ordersAs(orderBy)) {
            var first = firstInIndexOrder(plan.get(), query, skip + limit);
            return matchDocumentsFromStream(first.stream(), query, orderBy, skip, limit, batchSize, fieldSelector);
        }
        var positions = inScanOrder(plan.get().positions());
        return matchDocuments(query, positions, orderBy, skip, limit, batchSize, fieldSelector);
    }

    /** Where a unique index puts the documents {@code query} can match ({@link UniquePositions}), in a scan's order. */
    Optional<Iterable<Object>> pinnedPositions(Document query) {
        return UniquePositions.of(getIndexes(), query).map(this::inScanOrder);
    }

    /** The documents an index's plan for {@code query} reads (each it can match, maybe more), in a scan's order. */
    synchronized Optional<List<Document>> planned(Document query) {
        var handling = getIndexes().stream().filter(index -> index.canHandle(query)).findFirst()
                .map(index -> StreamSupport.stream(index.getPositions(query).spliterator(), false));
        return handling.or(() -> UniquePositions.of(getIndexes(), query))
                .or(() -> PrefixPlan.choose(getIndexes(), query).map(PrefixPlan::positions))
                .map(positions -> StreamSupport.stream(inScanOrder(positions).spliterator(), false)
                        .map(this::getDocument).filter(Objects::nonNull).toList());
    }

    /**
     * The non-unique index that narrows {@code query} down, unless a unique index plans it or it asks for the natural
     * order (mongo-java-server then plans it as before).
     */
    Optional<PrefixPlan> prefixPlan(Document query, Document orderBy) {
        if (isNatural(orderBy) || getIndexes().stream().anyMatch(index -> index.canHandle(query))) {
            return Optional.empty();
        }
        return PrefixPlan.choose(getIndexes(), query);
    }

    private static boolean isNatural(Document orderBy) {
        return orderBy != null && orderBy.containsKey("$natural");
    }

    /** Every one of {@code named}, once each, in the order a scan meets them (ties in a sort fall as a scan's). */
    private Iterable<Object> inScanOrder(Stream<Object> named) {
        var positions = new TreeSet<>(data.getKeyType()::compare);
        named.forEach(positions::add);
        return positions;
    }

    /**
     * The first {@code wanted} matching documents in the index's order, which is the sort's: MongoDB's way of
     * answering a sorted query with a limit without reading every document the index names. A document holding an
     * array in a sort key comes first at its smallest element, where an ascending sort puts it too.
     */
    private List<Document> firstInIndexOrder(PrefixPlan plan, Document query, int wanted) {
        var matched = new ArrayList<Document>();
        var seen = new HashSet<>();
        for (var positions = plan.positions().iterator(); positions.hasNext() && matched.size() < wanted; ) {
            var position = positions.next();
            var document = seen.add(position) ? getDocument(position) : null;
            if (document != null && documentMatchesQuery(document, query)) {
                matched.add(document);
            }
        }
        return matched;
    }
}
