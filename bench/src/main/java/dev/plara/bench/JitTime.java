package dev.plara.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.LongStream;

/**
 * A snapshot of the processor time of the JVMs in some process trees and of their JIT compiler threads (C1 and C2), to
 * tell how much of a batch's processor time the JIT took. A process counts as a JVM when it has compiler threads. A
 * compiler thread HotSpot ends between two snapshots is missing from the second, so what it used since the first is
 * not counted (never a negative figure); one it starts and ends between them is never seen. With one C1 and one C2
 * thread that HotSpot never ends (two processors, as on the machine of the published figures) it is exact.
 */
final class JitTime {

    /** One JVM's processor time and its compiler threads' time by thread id, in clock ticks. */
    record Jvm(long ticks, Map<Long, Long> compilerTicks) {
        Jvm {
            compilerTicks = Map.copyOf(compilerTicks);
        }

        private static final Jvm NONE = new Jvm(0, Map.of());

        long compilerTicksSince(Jvm earlier) {
            return compilerTicks.entrySet().stream()
                    .mapToLong(thread -> Math.max(0, thread.getValue()
                            - earlier.compilerTicks.getOrDefault(thread.getKey(), 0L)))
                    .sum();
        }
    }

    private final Map<Long, Jvm> jvms;

    /** The JVMs {@code jvms}, by process id. */
    JitTime(Map<Long, Jvm> jvms) {
        this.jvms = Map.copyOf(jvms);
    }

    /** The JVMs among process {@code pids} and their descendants now (a {@code pid} of 0 stands for none). */
    static JitTime of(long... pids) {
        var jvms = new HashMap<Long, Jvm>();
        for (long pid : LongStream.of(pids).filter(pid -> pid != 0).flatMap(ProcessTree::pids).distinct().toArray()) {
            var threads = ProcessCpu.compilerThreadTicks(pid);
            if (!threads.isEmpty()) {
                jvms.put(pid, new Jvm(ProcessCpu.ticks(Path.of("/proc", String.valueOf(pid), "stat")), threads));
            }
        }
        return new JitTime(jvms);
    }

    /** Whether the trees hold a JVM at all. */
    boolean anyJvm() {
        return !jvms.isEmpty();
    }

    /** Seconds the compiler threads of all the JVMs used since {@code earlier}. */
    double compilerSecondsSince(JitTime earlier) {
        return jvms.entrySet().stream()
                .mapToLong(jvm -> jvm.getValue().compilerTicksSince(earlier.jvms.getOrDefault(jvm.getKey(), Jvm.NONE)))
                .sum() / ProcessCpu.TICKS_PER_SECOND;
    }

    /**
     * The largest share any one JVM's compiler threads took of that JVM's processor time since {@code earlier}, between
     * 0 and 1 (so a store at rest cannot hide a server still compiling); {@code NaN} when there is no JVM, 0 for a JVM
     * that used no time.
     */
    double shareSince(JitTime earlier) {
        return jvms.entrySet().stream().mapToDouble(jvm -> share(jvm.getValue(),
                earlier.jvms.getOrDefault(jvm.getKey(), Jvm.NONE))).max().orElse(Double.NaN);
    }

    private static double share(Jvm now, Jvm earlier) {
        long ticks = now.ticks() - earlier.ticks();
        return ticks <= 0 ? 0 : Math.min(1, (double) now.compilerTicksSince(earlier) / ticks);
    }
}
