package dev.plara.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The resident memory of a process and the processes it started (a launcher's JVM), as Linux reports it in
 * {@code /proc/<pid>/status}: now, and the sum of each one's peak so far.
 */
record ProcessMemory(long residentKib, long peakResidentKib) {

    /** The memory of process {@code pid} and its descendants, or zeros when it cannot be read. */
    static ProcessMemory of(long pid) {
        return ProcessTree.pids(pid).mapToObj(ProcessMemory::own).reduce(new ProcessMemory(0, 0), ProcessMemory::plus);
    }

    private ProcessMemory plus(ProcessMemory other) {
        return new ProcessMemory(residentKib + other.residentKib, peakResidentKib + other.peakResidentKib);
    }

    /** The memory of process {@code pid} itself, or zeros when it cannot be read (not Linux, or the process is gone). */
    private static ProcessMemory own(long pid) {
        try {
            long resident = 0;
            long peak = 0;
            for (var line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    resident = kib(line);
                } else if (line.startsWith("VmHWM:")) {
                    peak = kib(line);
                }
            }
            return new ProcessMemory(resident, peak);
        } catch (IOException | RuntimeException unreadable) {
            return new ProcessMemory(0, 0);
        }
    }

    private static long kib(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    double peakMib() {
        return peakResidentKib / 1024.0;
    }
}
