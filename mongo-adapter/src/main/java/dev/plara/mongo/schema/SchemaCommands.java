package dev.plara.mongo.schema;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import dev.plara.mongo.transaction.ServerTopology;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.codecs.configuration.CodecRegistry;

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
    private static final String AS_ONE = "plaraSchema";
    private static final int NAMESPACE_EXISTS = 48;

    private SchemaCommands() {
    }

    /**
     * Makes the collections {@code created} and each collection's indexes in {@code indexed} (which also makes a missing
     * collection). In one command if {@code server} takes that, falling back to one per collection when another server
     * made a collection meanwhile (NamespaceExists).
     */
    static void send(MongoDatabase db, ServerTopology server, List<String> created,
                     Map<String, List<IndexModel>> indexed) {
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
        indexed.forEach((collection, models) ->
                oneByOne.add(() -> db.getCollection(collection).createIndexes(models)));
        runTogether(oneByOne);
    }

    /**
     * Sends {@code plaraSchema}, which carries only the indexes' names, keys, uniqueness and sparseness (all the schema
     * uses): an index asking for more is refused before anything is sent, rather than made without it.
     */
    private static void sendAsOne(MongoDatabase db, List<String> created, Map<String, List<IndexModel>> indexed) {
        var commands = new ArrayList<Document>();
        created.forEach(name -> commands.add(new Document("create", name)));
        indexed.forEach((collection, models) -> commands.add(new Document("createIndexes", collection)
                .append("indexes", models.stream().map(model -> index(collection, model, db.getCodecRegistry()))
                        .toList())));
        db.runCommand(new Document(AS_ONE, 1).append("commands", commands));
    }

    private static Document index(String collection, IndexModel model, CodecRegistry codecs) {
        var options = model.getOptions();
        // the driver's description of an index's options lists every one, so any other option set differs
        var carried = new IndexOptions().name(options.getName()).unique(options.isUnique()).sparse(options.isSparse());
        if (!carried.toString().equals(options.toString())) {
            throw new IllegalArgumentException("Index '" + options.getName() + "' of collection '" + collection
                    + "' sets an option the embedded store's one-command schema does not carry (it carries the name,"
                    + " keys, uniqueness and sparseness): it would be made there without it. Teach that command the"
                    + " option first.");
        }
        var index = new Document("key", model.getKeys().toBsonDocument(BsonDocument.class, codecs))
                .append("name", options.getName());
        if (options.isUnique()) {
            index.append("unique", true);
        }
        if (options.isSparse()) {
            index.append("sparse", true);
        }
        return index;
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
