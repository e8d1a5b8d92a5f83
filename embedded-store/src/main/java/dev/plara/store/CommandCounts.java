package dev.plara.store;

import de.bwaldvogel.mongo.bson.Document;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * How many commands of each name the store was sent since it started, in the shape MongoDB's {@code serverStatus}
 * reports them ({@code metrics.commands.<name>.total}), so that a benchmark can count a client's commands on either.
 * At most {@value #NAMES} names are kept apart; any further one is counted under {@code <UNKNOWN>}, as MongoDB does.
 */
final class CommandCounts {

    static final int NAMES = 200;
    private static final String UNKNOWN = "<UNKNOWN>";

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    void counted(String command) {
        var name = counts.containsKey(command) || counts.size() < NAMES ? command : UNKNOWN;
        counts.computeIfAbsent(name, any -> new LongAdder()).increment();
    }

    /** The {@code metrics} part of {@code serverStatus}: each command's total, by name. */
    Document metrics() {
        var commands = new Document();
        new TreeMap<>(counts).forEach((name, count) -> commands.put(name, new Document("total", count.sum())));
        return new Document("commands", commands);
    }
}
