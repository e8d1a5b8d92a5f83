package dev.plara.mongo.schema;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoDatabase;
import dev.plara.mongo.transaction.ServerTopology;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;

/**
 * Sends the schema's commands: to a server that announced {@code plaraSchema} in its {@code hello} (the embedded store)
 * all in one, which it answers after one forced commit for all of them; to any other (MongoDB), which never sees that
 * command, one per collection, {@link #TOGETHER} at a time (a store answers those that reach it together with one
 * forced commit).
 */
final class SchemaCommands {

    /** How many schema commands are sent at once to a server without {@code plaraSchema}. */
    static final int TOGETHER = 4;
    private static final int NAMESPACE_EXISTS = 48;

    private SchemaCommands() {
    }

    /**
     * Makes the collections {@code created} and each collection's indexes in {@code indexed} (which also makes a missing
     * collection). In one command if {@code server} takes that, falling back to one per collection when another server
     * made a collection meanwhile (NamespaceExists).
     */
    static void send(MongoDatabase db, ServerTopology server, List<String> created,
                     Map<String, List<SchemaIndex>> indexed) {
        if (server.schemaInOneCommand()) {
            try {
                sendAsOne(db, created, indexed);
                return;
            } catch (MongoCommandException refused) {
                if (refused.getErrorCode() != NAMESPACE_EXISTS) {
                    throw refused;
                }
            }
        }
        var oneByOne = new ArrayList<Runnable>();
        created.forEach(name -> oneByOne.add(() -> create(db, name)));
        indexed.forEach((collection, indexes) -> oneByOne.add(() ->
                db.getCollection(collection).createIndexes(indexes.stream().map(SchemaIndex::model).toList())));
        runTogether(oneByOne);
    }

    /** Sends {@code plaraSchema}: every collection to make, and every collection's indexes ({@link SchemaIndex}). */
    private static void sendAsOne(MongoDatabase db, List<String> created, Map<String, List<SchemaIndex>> indexed) {
        var commands = new ArrayList<Document>();
        created.forEach(name -> commands.add(new Document("create", name)));
        indexed.forEach((collection, indexes) -> commands.add(new Document("createIndexes", collection)
                .append("indexes", indexes.stream().map(index -> index.description(db.getCodecRegistry())).toList())));
        db.runCommand(new Document(ServerTopology.SCHEMA_IN_ONE_COMMAND, 1).append("commands", commands));
    }

    private static void create(MongoDatabase db, String name) {
        try {
            db.createCollection(name);
        } catch (MongoCommandException e) {
            if (e.getErrorCode() != NAMESPACE_EXISTS) {
                throw e;
            }
        }
    }

    /** Runs {@code commands} {@link #TOGETHER} at a time and returns once all did, or throws the first failure. */
    private static void runTogether(List<Runnable> commands) {
        var threads = Executors.newFixedThreadPool(TOGETHER);
        try {
            commands.stream().map(command -> CompletableFuture.runAsync(command, threads)).toList()
                    .forEach(CompletableFuture::join);
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        } finally {
            threads.shutdown();
        }
    }
}
