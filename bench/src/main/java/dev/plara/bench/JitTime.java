package dev.plara.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.LongStream;

/**
 * A snapshot of the processor time of the JVMs in some process trees and of their JIT compiler threads (C1 and C2), to
 * tell how much of a batch's processor time the JIT took. A process counts as a JVM when it has compiler threads; a
 * compiler thread that ends between two snapshots loses only what it used since the first (never a negative figure).
 */
final class JitTime {

    private final Map<Long, Long> compilerTicks;
    private final long jvmTicks;

    private JitTime(Map<Long, Long> compilerTicks, long jvmTicks) {
        this.compilerTicks = Map.copyOf(compilerTicks);
        this.jvmTicks = jvmTicks;
    }

    /** The JVMs among process {@code pids} and their descendants now (a {@code pid} of 0 stands for none). */
    static JitTime of(long... pids) {
        var compiler = new HashMap<Long, Long>();
        long jvm = 0;
        for (long pid : LongStream.of(pids).filter(pid -> pid != 0).flatMap(ProcessTree::pids).distinct().toArray()) {
            var threads = ProcessCpu.compilerThreadTicks(pid);
            if (!threads.isEmpty()) {
                compiler.putAll(threads);
                jvm += ProcessCpu.ticks(Path.of("/proc", String.valueOf(pid), "stat"));
            }
        }
        return new JitTime(compiler, jvm);
    }

    /** Whether the trees hold a JVM at all. */
    boolean anyJvm() {
        return !compilerTicks.isEmpty();
    }

    /** Seconds the compiler threads used since {@code earlier}. */
    double compilerSecondsSince(JitTime earlier) {
        return compilerTicks.entrySet().stream()
                .mapToLong(thread -> Math.max(0, thread.getValue() - earlier.compilerTicks.getOrDefault(thread.getKey(), 0L)))
                .sum() / ProcessCpu.TICKS_PER_SECOND;
    }

    /**
     * The compiler threads' share of the JVMs' processor time since {@code earlier}, between 0 and 1; {@code NaN} when
     * there is no JVM, 0 when they used no time.
     */
    double shareSince(JitTime earlier) {
        if (!anyJvm()) {
            return Double.NaN;
        }
        long jvm = jvmTicks - earlier.jvmTicks;
        return jvm <= 0 ? 0 : Math.min(1, compilerSecondsSince(earlier) * ProcessCpu.TICKS_PER_SECOND / jvm);
    }
}
