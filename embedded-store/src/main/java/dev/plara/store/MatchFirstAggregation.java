package dev.plara.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.aggregation.Aggregation;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import de.bwaldvogel.mongo.oplog.Oplog;

import java.util.List;
import java.util.Optional;

/**
 * An {@code aggregate} whose pipeline starts with a {@code $match} an index plans
 * ({@link IndexedH2Collection#planned}), run over the documents that plan reads rather than over every document of the
 * collection, as mongo-java-server runs every pipeline. The whole pipeline, that {@code $match} included, still runs
 * over them (with its variables, as {@code $$NOW}), so its answer is unchanged: the plan only leaves out documents the
 * match refuses.
 */
final class MatchFirstAggregation {

    private MatchFirstAggregation() {
    }

    /**
     * The answer to {@code command} on {@code collection} of {@code database}, a first batch holding every result;
     * empty when its pipeline does not start with a {@code $match} an index plans, writes ({@code $out}), is an
     * {@code explain}, or fails (mongo-java-server then answers it as before, with its own error).
     */
    static Optional<Document> answer(MongoDatabase database, IndexedH2Collection collection, Document command,
                                     DatabaseResolver resolver, Oplog oplog) {
        if (command.containsKey("explain") || !(command.get("pipeline") instanceof List<?> stages) || stages.isEmpty()
                || !(stages.get(0) instanceof Document first) || first.size() != 1
                || !(first.get("$match") instanceof Document filter)) {
            return Optional.empty();
        }
        var pipeline = Aggregation.parse(stages);
        var aggregation = Aggregation.fromPipeline(pipeline, resolver, database, collection, oplog);
        if (aggregation.isModifying()) {
            return Optional.empty();
        }
        var documents = collection.planned(filter);
        if (documents.isEmpty()) {
            return Optional.empty();
        }
        aggregation.validate(command);
        try {
            return Optional.of(firstBatch(collection.getFullName(), aggregation.runStages(documents.get().stream())));
        } catch (MongoServerError failed) {
            return Optional.empty();
        }
    }

    /** A cursor's answer of namespace {@code namespace} whose one batch holds {@code documents}, all there are. */
    static Document firstBatch(String namespace, List<Document> documents) {
        var response = new Document("cursor", new Document("id", 0L).append("ns", namespace)
                .append("firstBatch", documents));
        Utils.markOkay(response);
        return response;
    }
}
