package dev.plara.polar.emulator.api;

import java.util.Comparator;
import java.util.function.Function;

/** Comparators for {@code sorting} that put rows without the value last. */
final class Sorts {

    private Sorts() {
    }

    static <T, U extends Comparable<? super U>> Comparator<T> by(Function<T, U> field) {
        return Comparator.comparing(field, Comparator.nullsLast(Comparator.naturalOrder()));
    }
}
