package dev.plara.store;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.ErrorCode;
import de.bwaldvogel.mongo.exception.MongoServerError;

import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * {@code {plaraSchema: 1, commands: [...]}}: several {@code create} and {@code createIndexes} commands in one, run in
 * order and answered, as any of them would be, once an H2 commit covering them is forced to the disk, but one commit
 * for all instead of one each (a new database's schema is about 20 of them). Stops at the first that fails, with its
 * error; what those before it made is committed all the same. MongoDB has no such command: the store announces it
 * in its {@code hello} ({@link HelloAnsweringBackend}), and a client sends it to no server that does not.
 */
final class SchemaCommand {

    static final String NAME = "plaraSchema";
    private static final Set<String> ALLOWED = Set.of("create", "createIndexes");

    private SchemaCommand() {
    }

    /** Runs each command {@code query} holds through {@code handler} (its name, then itself), all checked first. */
    static Document run(Document query, BiConsumer<String, Document> handler) {
        var commands = commands(query);
        commands.forEach(command -> handler.accept(command.keySet().iterator().next(), command));
        return new Document("ok", 1.0);
    }

    private static List<Document> commands(Document query) {
        if (!(query.get("commands") instanceof List<?> listed)) {
            throw refused("plaraSchema needs a list of commands");
        }
        for (Object command : listed) {
            if (!(command instanceof Document document) || document.isEmpty()
                    || !ALLOWED.contains(document.keySet().iterator().next())) {
                throw refused("plaraSchema only makes collections and indexes (create, createIndexes): " + command);
            }
        }
        return listed.stream().map(Document.class::cast).toList();
    }

    private static MongoServerError refused(String message) {
        return new MongoServerError(ErrorCode.BadValue, message);
    }
}
