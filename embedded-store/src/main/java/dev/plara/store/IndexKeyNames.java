package dev.plara.store;

import de.bwaldvogel.mongo.backend.IndexKey;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The field names of an index's keys, in order and as a set, made once: mongo-java-server's index rebuilds both with a
 * stream at each ask ({@code keys()}, {@code keySet()}), which every query's plan and every write's check makes.
 */
record IndexKeyNames(List<String> list, Set<String> set) {

    static IndexKeyNames of(List<IndexKey> keys) {
        var list = keys.stream().map(IndexKey::getKey).toList();
        return new IndexKeyNames(list, Collections.unmodifiableSet(new LinkedHashSet<>(list)));
    }
}
