package dev.plara.mongo.collection;

/** One operation's outcome in a shared command ({@link Coalescer}): its answer, or the failure that is its own. */
record Outcome<R>(R value, RuntimeException failure) {

    static <R> Outcome<R> of(R value) {
        return new Outcome<>(value, null);
    }

    static <R> Outcome<R> failed(RuntimeException failure) {
        return new Outcome<>(null, failure);
    }

    R get() {
        if (failure != null) {
            throw failure;
        }
        return value;
    }
}
