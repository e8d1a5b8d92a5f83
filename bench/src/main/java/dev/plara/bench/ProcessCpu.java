package dev.plara.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The processor time a process and the processes it started (a launcher's JVM) have used so far, user plus system, as
 * Linux reports it in {@code /proc/<pid>/stat}; and that of each of a JVM's JIT compiler threads, from
 * {@code /proc/<pid>/task/<tid>/stat}.
 */
final class ProcessCpu {

    /** Linux reports it in clock ticks of 1/100 s on every common configuration ({@code getconf CLK_TCK}). */
    static final double TICKS_PER_SECOND = 100.0;

    /** HotSpot's compiler threads as Linux names them: "C1 CompilerThread0" cut to 15 characters. */
    private static final String C1 = "C1 CompilerThre";
    private static final String C2 = "C2 CompilerThre";

    private ProcessCpu() {
    }

    /** Seconds of processor time process {@code pid} and its descendants have used (0 for {@code pid} 0). */
    static double seconds(long pid) {
        if (pid == 0) {
            return 0;
        }
        return ProcessTree.pids(pid).mapToDouble(each -> ticks(Path.of("/proc", String.valueOf(each), "stat"))
                / TICKS_PER_SECOND).sum();
    }

    /**
     * The ticks each JIT compiler thread (C1 or C2) of process {@code pid} has used so far, by thread id; none when the
     * process is no JVM or is gone.
     */
    static Map<Long, Long> compilerThreadTicks(long pid) {
        var ticks = new HashMap<Long, Long>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            tasks.forEach(task -> {
                var stat = read(task.resolve("stat"));
                var name = stat.substring(stat.indexOf('(') + 1, Math.max(stat.lastIndexOf(')'), 0));
                if (name.startsWith(C1) || name.startsWith(C2)) {
                    ticks.put(Long.parseLong(task.getFileName().toString()), ticks(stat));
                }
            });
        } catch (IOException | RuntimeException gone) {
            return Map.of();
        }
        return ticks;
    }

    /** The ticks process or thread {@code stat} file says it has used, or 0 when it cannot be read. */
    static long ticks(Path stat) {
        return ticks(read(stat));
    }

    private static long ticks(String stat) {
        try {
            var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (RuntimeException unreadable) {
            return 0;
        }
    }

    private static String read(Path stat) {
        try {
            return Files.readString(stat);
        } catch (IOException gone) {
            return "";
        }
    }
}
