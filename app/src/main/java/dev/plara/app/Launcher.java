package dev.plara.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs {@code java -jar plara.jar ...} again as a child JVM with the settings the bundled server and store are measured
 * to start and run best with (docs/BENCHMARKS.md): class data sharing from an archive of Plara's own classes
 * ({@link SharedArchive}) and a bounded heap. The jar's manifest cannot give a JVM such settings. Only a plain
 * {@code java -jar} is relaunched: whoever passes JVM options (on the command line, {@code JAVA_TOOL_OPTIONS} or {@code JDK_JAVA_OPTIONS})
 * keeps exactly what they chose. The parent waits for the child, hands it SIGTERM and ends with its exit code; the
 * child ends if the parent is killed.
 */
final class Launcher {

    /** Set on the child, so that it serves instead of relaunching. */
    static final String CHILD = "plara.launched";
    /** Set on the child that trains the server's archive: it starts, answers {@code /health} once and ends. */
    static final String TRAINING = "plara.training";
    /**
     * The server's heap, bounded (the JVM would size it from the machine's memory; 192 MiB serves the ingest run at
     * concurrency 32) under the serial collector: on two cores it spent less processor time per delivery than G1, with
     * the same tail, keeps no remembered sets, and its pauses stay under about 10 ms at concurrency 8.
     */
    private static final List<String> SERVER = List.of("-Xmx192m", "-XX:+UseSerialGC");
    /**
     * The store's heap: G1 with a pause goal of 20 ms in 256 MiB. The store keeps the pages it changed (and the
     * documents they hold) until its checkpoint, up to 4 s, so under load they outlive young collections: under the
     * serial collector in 192 MiB they promoted about 44 MiB per 1,000 deliveries, filled the old generation in
     * seconds and every young pause (30-180 ms) and full one (460-625 ms) stopped every delivery in flight at once.
     * G1 collects the old generation beside the store and sizes its young one to the goal: no full collection (issue 18).
     */
    private static final List<String> STORE = List.of("-Xmx256m", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20");
    /**
     * For every child: CDS's warnings about classes it skips off; the
     * archives mapped where they were written (this JDK's default maps them elsewhere and patches every pointer in them
     * on each start); and what Jetty would otherwise start the JVM's whole management (JMX) server for, to ask whether
     * references are compressed: under these heaps they are (4 bytes), so 16 fit a 64-byte cache line, which its queues
     * pad to. No direct buffer of more than 256 KiB kept per thread for writing from a heap buffer (the JDK keeps the
     * largest it ever needed on every thread that wrote a file: the store's journal and H2's chunks, 60 MiB at
     * concurrency 32). Measured in docs/BENCHMARKS.md. And the JVM ends on its first OutOfMemoryError (exit code 3)
     * instead of running on with threads that died of it (Netty's, a checkpoint's) and neither serving nor stopping:
     * the store answers a write only once it is in its journal, which the next start replays. Only the errors the JVM
     * raises (the heap, its threads) end it: one Java code raises itself, as running out of direct buffer memory
     * (Netty's) does, fails that allocation and the JVM runs on. SIGTERM ends it after at most about 40 s: 10 s for
     * the background jobs, 10 s for requests in flight, 20 s for an embedded store's server. The JIT's compiler
     * threads are all started once instead of counted again from the container's memory files (about 14 reads a
     * second of {@code /sys/fs/cgroup} at idle, 0.1 with this setting; on two cores they are two threads either way).
     */
    private static final List<String> SETTINGS = List.of("-XX:+ExitOnOutOfMemoryError", "-Xlog:cds=off",
            "-Xlog:cds+dynamic=off", "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0",
            "-XX:-UseDynamicNumberOfCompilerThreads", "-Dorg.eclipse.jetty.util.referencesPerCacheLine=16",
            "-Djdk.nio.maxCachedBufferSize=262144");
    /**
     * The C library's memory in two pools instead of one per thread that allocated at once (up to 16 on two cores),
     * each keeping what the compiler threads freed: 30-60 MiB less at the end of the ingest run.
     */
    static final Map<String, String> ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    private Launcher() {
    }

    /** The jar this JVM runs when it was started as a plain {@code java -jar} that was not relaunched yet. */
    static Optional<Path> plainJar() {
        if (System.getProperty(CHILD) != null || System.getenv("JAVA_TOOL_OPTIONS") != null
                || System.getenv("JDK_JAVA_OPTIONS") != null) {
            return Optional.empty();
        }
        var arguments = ProcessHandle.current().info().arguments().orElse(new String[0]);
        if (arguments.length < 2 || !"-jar".equals(arguments[0])) {
            return Optional.empty();
        }
        return Optional.of(Path.of(arguments[1]).toAbsolutePath());
    }

    /** Runs {@code args} in a child JVM with Plara's settings and ends this one with the child's exit code. */
    static void relaunch(Path jar, String[] args) throws IOException, InterruptedException {
        var command = args.length == 0 ? "serve" : args[0].replaceAll("[^a-z-]", "");
        var archive = SharedArchive.of(jar, command);
        if (command.equals("serve") && archive.untrained()) {
            ArchiveTraining.run(jar, archive);
        }
        var child = child(jar.toString(), List.of(archive.option()), List.of(args)).inheritIO().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            child.destroy();
            archive.keepWhatTheChildWrote(child.onExit().join().exitValue());
        }, "plara-launcher-stop"));
        System.exit(child.waitFor());
    }

    /**
     * The child's command, {@code Main} with {@code args} from {@code classPath} under Plara's settings (the store's
     * heap and collector for {@code embedded-store}, the server's for every other command), then
     * {@code options} (which win over a setting they repeat), and its environment.
     */
    static ProcessBuilder child(String classPath, List<String> options, List<String> args) {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(!args.isEmpty() && args.get(0).equals("embedded-store") ? STORE : SERVER);
        command.addAll(SETTINGS);
        command.addAll(options);
        command.add("-D" + CHILD + "=true");
        command.addAll(List.of("-cp", classPath, Main.class.getName()));
        command.addAll(args);
        var builder = new ProcessBuilder(command);
        ENVIRONMENT.forEach(builder.environment()::putIfAbsent);
        return builder;
    }

    /** In the child: ends this JVM when the launcher that started it is gone (killed without a chance to stop it). */
    static void endWithTheLauncher() {
        if (System.getProperty(CHILD) != null) {
            ProcessHandle.current().parent().ifPresent(launcher -> launcher.onExit().thenRun(() -> System.exit(1)));
        }
    }
}
