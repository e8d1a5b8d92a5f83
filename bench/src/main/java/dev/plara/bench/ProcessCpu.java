package dev.plara.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The processor time a process and the processes it started (a launcher's JVM) have used so far, user plus system, as
 * Linux reports it in {@code /proc/<pid>/stat}.
 */
final class ProcessCpu {

    /** Linux reports it in clock ticks of 1/100 s on every common configuration ({@code getconf CLK_TCK}). */
    private static final double TICKS_PER_SECOND = 100.0;

    private ProcessCpu() {
    }

    /** Seconds of processor time process {@code pid} and its descendants have used (0 for {@code pid} 0). */
    static double seconds(long pid) {
        if (pid == 0) {
            return 0;
        }
        return ProcessTree.pids(pid).mapToDouble(ProcessCpu::ownSeconds).sum();
    }

    /** Seconds of processor time process {@code pid} itself has used, or 0 when it cannot be read. */
    private static double ownSeconds(long pid) {
        try {
            var stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException unreadable) {
            return 0;
        }
    }
}
