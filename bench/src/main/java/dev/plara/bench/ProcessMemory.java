package dev.plara.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A process's resident memory as Linux reports it in {@code /proc/<pid>/status}: now, and its peak so far. */
record ProcessMemory(long residentKib, long peakResidentKib) {

    /** The memory of process {@code pid}, or zeros when it cannot be read (not Linux, or the process is gone). */
    static ProcessMemory of(long pid) {
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
