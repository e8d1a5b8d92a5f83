package dev.plara.mongo.transaction;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

/**
 * What the server said about itself in its {@code hello} (or legacy {@code isMaster}) answer: the fields that decide
 * whether it can run multi-document transactions, and what start-up may ask of it.
 *
 * @param replicaSet         the replica set name, {@code null} when not a replica set member
 * @param mongos             whether the server is a sharded cluster's router
 * @param sessions           whether it announced a logical session timeout (no sessions, no transactions)
 * @param schemaInOneCommand whether it announced that it takes a whole schema in one command (Plara's embedded store)
 */
public record ServerTopology(String replicaSet, boolean mongos, boolean sessions, boolean schemaInOneCommand) {

    private static final int COMMAND_NOT_FOUND = 59;
    /** The embedded store's command taking a whole schema, and the field of its {@code hello} announcing it. */
    public static final String SCHEMA_IN_ONE_COMMAND = "plaraSchema";

    /** Asks the server, falling back to {@code isMaster} for servers (mongo-java-server) that lack {@code hello}. */
    public static ServerTopology probe(MongoDatabase admin) {
        Document answer;
        try {
            answer = admin.runCommand(new Document("hello", 1));
        } catch (MongoCommandException e) {
            if (e.getErrorCode() != COMMAND_NOT_FOUND) {
                throw e;
            }
            answer = admin.runCommand(new Document("isMaster", 1));
        }
        return from(answer);
    }

    public static ServerTopology from(Document hello) {
        return new ServerTopology(hello.getString("setName"), "isdbgrid".equals(hello.getString("msg")),
                hello.get("logicalSessionTimeoutMinutes") != null,
                Boolean.TRUE.equals(hello.get(SCHEMA_IN_ONE_COMMAND)));
    }

    /**
     * Whether asking for validators ({@code collMod}) can be answered. Every MongoDB the driver supports (4.0 and later)
     * announces sessions, standalone or not; a server that does not is a stand-in such as mongo-java-server (Plara's
     * embedded store), which refuses {@code collMod}, so it is not asked at every start only to refuse.
     */
    public boolean mayHaveValidators() {
        return sessions;
    }

    public boolean supportsTransactions() {
        return sessions && (replicaSet != null || mongos);
    }

    public String describe() {
        if (mongos) {
            return "a mongos router" + (sessions ? "" : " without sessions");
        }
        if (replicaSet != null) {
            return "a member of replica set '" + replicaSet + "'" + (sessions ? "" : " without sessions");
        }
        return "a standalone server" + (sessions ? "" : " without sessions");
    }
}
