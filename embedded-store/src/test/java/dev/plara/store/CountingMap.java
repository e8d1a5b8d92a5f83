package dev.plara.store;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.Page;
import org.h2.mvstore.type.DataType;

import java.util.Map;

/** An H2 map that counts the B-tree lookups and changes made on it (every read and write of H2 goes through these). */
final class CountingMap<K, V> extends MVMap<K, V> {

    private long reads;
    private long writes;

    private CountingMap(Map<String, Object> config, DataType<K> keyType, DataType<V> valueType) {
        super(config, keyType, valueType);
    }

    /** A map of {@code store} whose keys are index keys in MongoDB's order ({@link KeyValueType}). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static <K, V> CountingMap<K, V> open(MVStore store, String name) {
        var builder = new MVMap.Builder<K, V>() {
            @Override
            protected MVMap<K, V> create(Map<String, Object> config) {
                config.put("singleWriter", false);
                return new CountingMap<>(config, (DataType) getKeyType(), (DataType) getValueType());
            }
        };
        return (CountingMap<K, V>) store.openMap(name, builder.keyType((DataType) new KeyValueType()));
    }

    @Override
    public V get(Page<K, V> root, K key) {
        reads++;
        return super.get(root, key);
    }

    @Override
    public V operate(K key, V value, DecisionMaker<? super V> decisionMaker) {
        writes++;
        return super.operate(key, value, decisionMaker);
    }

    /** Lookups of one key since the map was opened. */
    long reads() {
        return reads;
    }

    /** Puts and removes since the map was opened. */
    long writes() {
        return writes;
    }
}
