package dev.plara.polar.emulator.state;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One kind of object the emulator keeps, in the order they were first saved. Reads and writes hold the store's lock;
 * a write tells the store, which keeps its file in step.
 */
public final class Table<T extends Keyed> {

    private final Map<String, T> rows = new LinkedHashMap<>();
    private final EmulatorStore store;

    Table(EmulatorStore store) {
        this.store = store;
    }

    /** Adds {@code row}, or replaces the one with its id. */
    public T save(T row) {
        synchronized (store.lock()) {
            rows.put(row.id(), row);
            store.changed();
            return row;
        }
    }

    public void delete(String id) {
        synchronized (store.lock()) {
            if (rows.remove(id) != null) {
                store.changed();
            }
        }
    }

    public Optional<T> find(String id) {
        synchronized (store.lock()) {
            return Optional.ofNullable(rows.get(id));
        }
    }

    /** Every row, oldest first. */
    public List<T> all() {
        synchronized (store.lock()) {
            return new ArrayList<>(rows.values());
        }
    }

    public List<T> where(Predicate<T> filter) {
        return all().stream().filter(filter).toList();
    }

    public Optional<T> first(Predicate<T> filter) {
        return all().stream().filter(filter).findFirst();
    }

    void replaceAll(List<T> saved) {
        rows.clear();
        saved.forEach(row -> rows.put(row.id(), row));
    }
}
