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
    private final AtomicWork work;

    Table(AtomicWork work) {
        this.work = work;
    }

    /** Adds {@code row}, or replaces the one with its id. */
    public T save(T row) {
        synchronized (work.lock()) {
            rows.put(row.id(), row);
            work.changed();
            return row;
        }
    }

    public void delete(String id) {
        synchronized (work.lock()) {
            if (rows.remove(id) != null) {
                work.changed();
            }
        }
    }

    public Optional<T> find(String id) {
        synchronized (work.lock()) {
            return Optional.ofNullable(rows.get(id));
        }
    }

    /** Every row, oldest first. */
    public List<T> all() {
        synchronized (work.lock()) {
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
