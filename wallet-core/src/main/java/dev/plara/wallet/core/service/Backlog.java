package dev.plara.wallet.core.service;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * Works through a backlog in its store's order, batch by batch, passing over what already failed in this run: items
 * that keep failing never hold back the ones after them.
 *
 * @param batch how many items to work at a time
 * @param maxBatches how many batches one run works at most
 */
record Backlog(int batch, int maxBatches) {

    /**
     * Works each item {@code pending} answers (asked for as many as failed so far and a batch more); answers the sum of
     * what {@code work} answered. An item whose work throws is handed to {@code failed} and not worked again.
     */
    <T, K> int workThrough(IntFunction<List<T>> pending, Function<T, K> key, ToIntFunction<T> work,
                           BiConsumer<T, RuntimeException> failed) {
        Set<K> failedKeys = new HashSet<>();
        int done = 0;
        for (int round = 0; round < maxBatches; round++) {
            var next = pending.apply(failedKeys.size() + batch).stream()
                    .filter(item -> !failedKeys.contains(key.apply(item))).toList();
            for (T item : next) {
                try {
                    done += work.applyAsInt(item);
                } catch (RuntimeException failure) {
                    failedKeys.add(key.apply(item));
                    failed.accept(item, failure);
                }
            }
            if (next.size() < batch) {
                break;
            }
        }
        return done;
    }
}
