package dev.plara.store;

import java.util.Set;

/**
 * What a command may change, by its name: what {@link DurableH2Backend} has it wait for (nothing, the journal, or a
 * commit).
 */
final class CommandKinds {

    /** Commands that never change anything, so they wait for nothing. */
    private static final Set<String> READS = Set.of("find", "getMore", "count", "distinct", "listCollections",
            "listIndexes", "isMaster", "ismaster", "hello", "ping", "buildInfo", "buildinfo", "killCursors",
            "listDatabases", "serverStatus", "connectionStatus", "dbStats", "collStats");
    /** Commands that change documents only (a collection they create on the way counts as any other change). */
    private static final Set<String> DOCUMENT_CHANGES = Set.of("insert", "update", "delete", "findAndModify",
            "findandmodify", "aggregate");

    private CommandKinds() {
    }

    static boolean changesNothing(String command) {
        return READS.contains(command);
    }

    static boolean changesDocumentsOnly(String command) {
        return DOCUMENT_CHANGES.contains(command);
    }
}
