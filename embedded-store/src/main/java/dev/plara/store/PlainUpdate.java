package dev.plara.store;

import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.NumericUtils;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An update every change of which names a field of the document itself ({@code $set}, {@code $setOnInsert},
 * {@code $unset}, {@code $inc} of a name with neither a dot nor a leading {@code $}), applied with mongo-java-server's
 * rules to a shallow copy of the document (a new map, the values shared), made only when something changes: without
 * its deep copies of the document, its splitting of each name by a pattern and its comparisons of whole documents. A
 * path, any other operator, array filters or a replacement stay mongo-java-server's to apply.
 */
final class PlainUpdate {

    private static final List<String> OPERATORS = List.of("$set", "$setOnInsert", "$unset", "$inc");

    private PlainUpdate() {
    }

    /** Whether this class applies {@code update}, on a collection whose documents {@code idField} names. */
    static boolean handles(Document update, ArrayFilters arrayFilters, String idField) {
        if (idField == null || update.isEmpty() || !arrayFilters.isEmpty()) {
            return false;
        }
        for (var operator : update.entrySet()) {
            if (!OPERATORS.contains(operator.getKey()) || !(operator.getValue() instanceof Document fields)
                    || fields.isEmpty()) {
                return false;
            }
            for (var field : fields.entrySet()) {
                var name = field.getKey();
                if (!plainName(name) || !allowed(operator.getKey(), name, field.getValue(), idField)
                        || namedBefore(update, operator.getKey(), name)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The document {@code update} makes of {@code document} ({@code $setOnInsert} only for an upsert's first document):
     * {@code document} itself when it changes nothing, else a new document with {@code document}'s values but the
     * changed ones; null for an {@code $inc} of a field that holds no number (mongo-java-server refuses it).
     */
    static Document applied(Document document, Document update, boolean upsert) {
        var result = document;
        for (var operator : update.entrySet()) {
            if (operator.getKey().equals("$setOnInsert") && !upsert) {
                continue;
            }
            for (var field : ((Document) operator.getValue()).entrySet()) {
                var current = result.getOrMissing(field.getKey());
                var next = next(operator.getKey(), current, field.getValue());
                if (next == null) {
                    return null;
                }
                if (current instanceof Missing ? !(next instanceof Missing) : !Objects.equals(current, next)) {
                    result = result == document ? new Document(document) : result;
                    if (next instanceof Missing) {
                        result.remove(field.getKey());
                    } else {
                        result.put(field.getKey(), next);
                    }
                }
            }
        }
        return result;
    }

    /**
     * Whether {@code after} differs from {@code before} as mongo-java-server counts a document modified (a field added
     * or removed, or a value that differs once numbers are compared as numbers), {@code after} made by
     * {@link #applied}.
     */
    static boolean modified(Document before, Document after) {
        if (before.size() != after.size()) {
            return true;
        }
        for (var field : after.entrySet()) {
            var old = before.getOrMissing(field.getKey());
            if (old instanceof Missing || !UpdateValues.alike(old, field.getValue())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The document an upsert starts from: its selector's fields, {@code idField} first; null when the selector holds
     * more than plain names of plain values (mongo-java-server then builds it).
     */
    static Document upsertStart(Document selector, String idField) {
        var start = new Document(idField, selector.get(idField));
        for (var field : selector.entrySet()) {
            var value = field.getValue();
            if (!plainName(field.getKey()) || !(value instanceof String || value instanceof Number
                    || value instanceof Boolean || value instanceof Instant || value instanceof ObjectId)) {
                return null;
            }
            start.put(field.getKey(), value);
        }
        return start;
    }

    private static Object next(String operator, Object current, Object value) {
        return switch (operator) {
            case "$unset" -> Missing.getInstance();
            case "$inc" -> current instanceof Number number ? NumericUtils.addNumbers(number, (Number) value)
                    : Missing.isNullOrMissing(current) ? NumericUtils.addNumbers(0, (Number) value) : null;
            default -> !(current instanceof Missing) && UpdateValues.alike(value, current) ? current : value;
        };
    }

    private static boolean plainName(String name) {
        return !name.isEmpty() && name.charAt(0) != '$' && name.indexOf('.') < 0;
    }

    private static boolean allowed(String operator, String name, Object value, String idField) {
        return switch (operator) {
            case "$inc" -> value instanceof Number && !name.equals(idField);
            case "$unset" -> !name.equals(idField);
            case "$set" -> !name.equals(idField) && UpdateValues.storable(value);
            default -> UpdateValues.storable(value);
        };
    }

    private static boolean namedBefore(Document update, String operator, String name) {
        for (var earlier : update.entrySet()) {
            if (earlier.getKey().equals(operator)) {
                return false;
            }
            if (((Document) earlier.getValue()).containsKey(name)) {
                return true;
            }
        }
        return false;
    }
}
