package dev.plara.mongo;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonValue;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Sums, per collection, the BSON bytes of the documents the driver sends to be stored: each inserted document, each
 * update's change (or replacement), each {@code findAndModify}'s update; filters and deletes are not counted.
 */
final class WrittenBytes implements CommandListener {

    private static final BsonDocumentCodec CODEC = new BsonDocumentCodec();

    private final Map<String, LongAdder> bytes = new ConcurrentHashMap<>();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        var command = event.getCommand();
        var target = command.get(event.getCommandName());
        if (target == null || !target.isString()) {
            return;
        }
        var sum = bytes.computeIfAbsent(target.asString().getValue(), collection -> new LongAdder());
        switch (event.getCommandName()) {
            case "insert" -> command.getArray("documents").forEach(document -> sum.add(size(document)));
            case "update" -> command.getArray("updates").forEach(statement -> sum.add(size(statement.asDocument()
                    .get("u"))));
            case "findAndModify" -> sum.add(command.containsKey("update") ? size(command.get("update")) : 0);
            default -> { }
        }
    }

    void clear() {
        bytes.clear();
    }

    /** The bytes written to each collection that was written to, divided by {@code credits}, by collection name. */
    Map<String, Long> perCollection(int credits) {
        var table = new TreeMap<String, Long>();
        bytes.forEach((collection, sum) -> {
            if (sum.sum() > 0) {
                table.put(collection, Math.round(sum.sum() / (double) credits));
            }
        });
        return table;
    }

    private static long size(BsonValue value) {
        if (value.isArray()) {
            return value.asArray().stream().mapToLong(WrittenBytes::size).sum(); // an update pipeline
        }
        return new RawBsonDocument(value.asDocument(), CODEC).getByteBuffer().remaining();
    }
}
