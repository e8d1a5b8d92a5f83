package dev.plara.mongo;

import dev.plara.mongo.transaction.ServerTopology;

import java.util.Locale;

/**
 * Whether units of work run inside MongoDB transactions: {@code AUTO} when the server can (a replica set or mongos),
 * {@code ON} always (refusing to start against a server that cannot), {@code OFF} never.
 */
public enum TransactionMode {
    AUTO, ON, OFF;

    /** Parses the value of {@code MONGODB_TRANSACTIONS}; {@code null} or blank means {@code AUTO}. */
    public static TransactionMode parse(String value) {
        if (value == null || value.isBlank()) {
            return AUTO;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("MONGODB_TRANSACTIONS must be auto, on or off, not '" + value + "'",
                    unknown);
        }
    }

    /** Decides for a server, refusing {@code ON} with a message that says what to do when the server cannot. */
    boolean useTransactions(ServerTopology topology) {
        return switch (this) {
            case OFF -> false;
            case AUTO -> topology.supportsTransactions();
            case ON -> {
                if (!topology.supportsTransactions()) {
                    throw new IllegalStateException("MONGODB_TRANSACTIONS=on, but the server is " + topology.describe()
                            + ", which cannot run transactions. Point MONGODB_URI at a replica set or a sharded"
                            + " cluster (a single node can be started as a one-member replica set with --replSet and"
                            + " rs.initiate()), or set MONGODB_TRANSACTIONS=auto or off: every write stays correct"
                            + " without transactions.");
                }
                yield true;
            }
        };
    }
}
