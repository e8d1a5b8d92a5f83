package dev.plara.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The GC logs of the JVMs in a process tree (a launcher and its child), turned on in the running JVMs with
 * {@code jcmd <pid> VM.log} (no restart, no option on their command line), so that the pauses inside a stretch of
 * time (a concurrency level) can be told from those before it: {@link #mark()} at its start, {@link #pausesSince} at
 * its end.
 */
final class GcLog {

    private static final Path JCMD = Path.of(System.getProperty("java.home"), "bin", "jcmd");

    private final List<Path> files;
    private final int refused;

    private GcLog(List<Path> files, int refused) {
        this.files = List.copyOf(files);
        this.refused = refused;
    }

    /**
     * Turns on the GC log of every JVM among process {@code pid} and its descendants (none when {@code pid} is 0), each
     * into {@code dir/<name>-<pid>.log}.
     */
    static GcLog start(Path dir, String name, long pid) {
        if (pid == 0) {
            return new GcLog(List.of(), 0);
        }
        try {
            Files.createDirectories(dir);
            var tried = ProcessTree.pids(pid).filter(each -> !ProcessCpu.compilerThreadTicks(each).isEmpty())
                    .mapToObj(jvm -> turnOn(jvm, dir.toAbsolutePath().resolve(name + "-" + jvm + ".log"))).toList();
            var files = tried.stream().filter(file -> file != null).toList();
            return new GcLog(files, tried.size() - files.size());
        } catch (IOException failure) {
            throw new IllegalStateException("cannot write GC logs into " + dir + ": " + failure.getMessage(), failure);
        }
    }

    private static Path turnOn(long jvm, Path file) {
        try {
            var jcmd = new ProcessBuilder(JCMD.toString(), String.valueOf(jvm), "VM.log", "output=" + file, "what=gc",
                    "decorators=uptimemillis").redirectErrorStream(true).start();
            jcmd.getInputStream().readAllBytes();
            return jcmd.waitFor() == 0 && Files.exists(file) ? file : null;
        } catch (IOException | InterruptedException failure) {
            return null;
        }
    }

    /** Where each log ends now. */
    Map<Path, Long> mark() {
        var ends = new HashMap<Path, Long>();
        files.forEach(file -> ends.put(file, file.toFile().length()));
        return ends;
    }

    /** The pauses the logs recorded since {@code mark}, unknown for each JVM whose log was refused or is unreadable. */
    GcPauses pausesSince(Map<Path, Long> mark) {
        var unknown = new GcPauses(0, 0, 0, 0, refused);
        return files.stream().map(file -> linesFrom(file, mark.getOrDefault(file, 0L)))
                .map(lines -> lines == null ? GcPauses.UNKNOWN : GcPauses.of(lines)).reduce(unknown, GcPauses::plus);
    }

    /** The lines of {@code file} from {@code offset}, or null when it cannot be read. */
    private static List<String> linesFrom(Path file, long offset) {
        try (var log = new RandomAccessFile(file.toFile(), "r")) {
            var bytes = new byte[(int) Math.max(0, log.length() - offset)];
            log.seek(offset);
            log.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8).lines().toList();
        } catch (IOException gone) {
            return null;
        }
    }
}
