package dev.plara.store;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.MVMap;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The entries of an {@link IndexWalk} after one already read, in the walk's order, read from the map as they are
 * consumed. Forward, the map's own order. Backward, the sort keys descending and, among entries with equal sort keys
 * (a non-unique index's entries differ only by their position, {@code _id}), the positions ascending: the order an
 * in-memory sort of a scan by {@code _id} gives ties, whichever way it sorts.
 */
final class WalkKeys implements Iterator<Object> {

    private final IndexWalk walk;
    private final MVMap<Object, ?> entries;
    private final Object last;
    private Iterator<Object> group;
    private Object groupKey;
    private Object next;
    private boolean resuming = true;

    private WalkKeys(IndexWalk walk, Object last) {
        this.walk = walk;
        this.entries = walk.entries();
        this.last = last;
        if (!walk.backward()) {
            this.group = entries.keyIterator(last == null ? walk.start() : last);
        } else {
            var top = last == null ? lastWithin() : last;
            this.groupKey = top == null ? null : groupOf(top);
            this.group = groupKey == null ? Collections.emptyIterator() : inGroup(groupKey);
        }
        this.next = advance();
    }

    /** The walk's entries after {@code last} (all of them when {@code null}). */
    static WalkKeys after(IndexWalk walk, Object last) {
        return new WalkKeys(walk, last);
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public Object next() {
        if (next == null) {
            throw new NoSuchElementException();
        }
        var key = next;
        next = advance();
        return key;
    }

    /**
     * The next entry: forward, the map's next one while it has the prefix; backward, the next of the current group, or
     * the first of the group below it. Entries up to {@code last} are skipped while still in its group.
     */
    private Object advance() {
        while (true) {
            while (group.hasNext()) {
                var key = group.next();
                if (!walk.backward() && !walk.within(key)) {
                    return null;
                }
                if (!resuming || last == null || compare(key, last) > 0) {
                    return key;
                }
            }
            if (!walk.backward() || groupKey == null) {
                return null;
            }
            resuming = false;
            var below = entries.lowerKey(groupKey);
            groupKey = below == null || !walk.within(below) ? null : groupOf(below);
            group = groupKey == null ? Collections.emptyIterator() : inGroup(groupKey);
        }
    }

    /** The last entry within the walk's prefix (the map's last without one). */
    private Object lastWithin() {
        if (walk.prefix() == null) {
            return entries.isEmpty() ? null : entries.lastKey();
        }
        var key = entries.lowerKey(KeyValueType.afterPrefix(walk.prefix(), walk.index()));
        return key != null && walk.within(key) ? key : null;
    }

    /** The sort keys of an entry: a non-unique index's entry without its position, else the entry itself. */
    private Object groupOf(Object key) {
        if (walk.index() instanceof BsonSecondaryIndex) {
            return SecondaryEntries.keyOf(key);
        }
        return key;
    }

    /** The entries whose sort keys are {@code groupKey}, in the map's order (by position among a non-unique index's). */
    private Iterator<Object> inGroup(Object groupKey) {
        if (!(walk.index() instanceof BsonSecondaryIndex)) {
            return List.of(groupKey).iterator();
        }
        var prefix = (KeyValue) groupKey;
        var keys = entries.keyIterator(prefix);
        return new Iterator<>() {
            private Object ahead = peek();

            private Object peek() {
                var key = keys.hasNext() ? keys.next() : null;
                return key != null && KeyValueType.startsWith((KeyValue) key, prefix) ? key : null;
            }

            @Override
            public boolean hasNext() {
                return ahead != null;
            }

            @Override
            public Object next() {
                var key = ahead;
                ahead = peek();
                return key;
            }
        };
    }

    @SuppressWarnings("unchecked")
    private int compare(Object a, Object b) {
        return ((MVMap<Object, Object>) entries).getKeyType().compare(a, b);
    }
}
