package dev.plara.mongo;

import dev.plara.mongo.collection.WriteObserver;

/** Counts acknowledged writes and, once armed, stops the caller right after the n-th one, as a crash would. */
final class CrashingObserver implements WriteObserver {

    /** What a crash looks like to the code that was running. */
    static final class SimulatedCrash extends RuntimeException {
        SimulatedCrash(int writes) {
            super("crashed after write " + writes);
        }
    }

    private int writes;
    private int crashAfter = -1;

    /** Counts from zero again and crashes after {@code writes} writes; a negative count never crashes. */
    void arm(int writes) {
        this.writes = 0;
        this.crashAfter = writes;
    }

    void disarm() {
        crashAfter = -1;
    }

    int writes() {
        return writes;
    }

    @Override
    public void afterWrite(String collection, String operation) {
        writes++;
        if (writes == crashAfter) {
            throw new SimulatedCrash(writes);
        }
    }
}
