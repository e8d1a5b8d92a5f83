package dev.plara.mongo.collection;

/**
 * Hears about every write the stores send, right after the server acknowledged it: the seam a test uses to stop a
 * unit of work between any two of its writes, as a crash would.
 */
@FunctionalInterface
public interface WriteObserver {

    WriteObserver NONE = (collection, operation) -> {
    };

    void afterWrite(String collection, String operation);
}
