package dev.plara.bench;

import java.util.Objects;
import java.util.Set;

/**
 * One command a client sent its MongoDB and the answer it waited for, as seen on the wire: the command and its
 * collection, how many documents a write carried, the write concern it asked for ({@code ""} for the default, which is
 * {@code w:majority} on a replica set), and what the answer said it matched, changed or refused.
 */
record RoundTrip(String command, String collection, int documents, String writeConcern, Integer matched,
                 Integer modified, Integer upserted, Integer errorCode) {

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findAndModify", "findandmodify",
            "commitTransaction", "createIndexes", "create", "drop");

    RoundTrip {
        Objects.requireNonNull(command, "command");
        collection = collection == null ? "" : collection;
        writeConcern = writeConcern == null ? "" : writeConcern;
    }

    /** The command and collection, as in {@code update wallets}. */
    String name() {
        return collection.isEmpty() ? command : command + " " + collection;
    }

    /** A write the server acknowledged only once durable (on a replica set: once a majority has it). */
    boolean durableWrite() {
        return write() && !writeConcern.equals("w:1") && !writeConcern.equals("w:0");
    }

    boolean write() {
        return WRITES.contains(command);
    }

    /** An acknowledged update that matched nothing, or matched and changed nothing: a round trip that wrote nothing. */
    boolean changedNothing() {
        if (!command.equals("update") || errorCode != null) {
            return false;
        }
        int up = upserted == null ? 0 : upserted;
        return up == 0 && (modified != null && modified == 0);
    }

    /** What the answer said, briefly: matched and changed counts of an update, a refused duplicate, an error. */
    String outcome() {
        if (errorCode != null) {
            return errorCode == 11000 ? "duplicate key (refused)" : "error " + errorCode;
        }
        if (command.equals("update")) {
            return (upserted != null && upserted > 0) ? "upserted " + upserted
                    : "matched " + (matched == null ? "?" : matched) + ", changed " + (modified == null ? "?" : modified);
        }
        if (command.equals("insert") && documents > 1) {
            return documents + " documents";
        }
        return "";
    }
}
