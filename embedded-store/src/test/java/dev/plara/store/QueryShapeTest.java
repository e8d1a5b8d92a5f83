package dev.plara.store;

import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A query's shape shows its fields, operators and sort, and none of its values, whatever they look like. */
class QueryShapeTest {

    @Test
    void valuesAreQuestionMarksAndOnlyAnExpressionKeepsItsFieldPaths() {
        var query = new Document("coupon", "$5 off").append("status", new Document("$in", List.of("A", "$B")))
                .append("$or", List.of(new Document("a", 1), new Document("b", new Document("$exists", true))))
                .append("$expr", new Document("$lte", List.of("$at", "$$NOW")));

        assertThat(QueryShape.of(query, new Document("at", -1)))
                .isEqualTo("{coupon: ?, status: {$in: ?}, $or: [{a: ?}, {b: {$exists: ?}}], $expr: {$lte: [$at, $$NOW]}}"
                        + " sort {at: -1}");
    }
}
