package dev.plara.store;

import java.lang.management.ManagementFactory;

/** The bytes the calling thread has allocated on the heap so far, as the JVM counts them (tests). */
final class ThreadAllocation {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private ThreadAllocation() {
    }

    static long bytes() {
        return THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    /** The bytes one {@code call} allocates on the calling thread, over {@code calls} of it after as many more. */
    static long perCall(int calls, Runnable call) {
        for (int i = 0; i < calls; i++) {
            call.run();
        }
        long before = bytes();
        for (int i = 0; i < calls; i++) {
            call.run();
        }
        return (bytes() - before) / calls;
    }
}
