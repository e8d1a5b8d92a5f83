package dev.plara.app;

import com.sun.management.HotSpotDiagnosticMXBean;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;

/**
 * Tells a JVM started with Java options of one's own (so not relaunched with the launcher's settings) how to end on
 * running out of memory, unless its options already make it: such a JVM runs on after an OutOfMemoryError, serving
 * nothing. Nothing Plara can do from inside would end it reliably: the JVM's flags for it cannot be changed once it
 * runs, and an uncaught-exception handler never sees the errors that Netty, Jetty and thread pools catch themselves.
 */
final class OutOfMemoryAdvice {

    private OutOfMemoryAdvice() {
    }

    /** Prints the advice to {@code out} unless this JVM ends (or runs a command of the operator's) on running out. */
    static void printUnlessTheJvmEndsOnIt(PrintStream out) {
        var jvm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        if (on(jvm, "ExitOnOutOfMemoryError") || on(jvm, "CrashOnOutOfMemoryError")
                || !jvm.getVMOption("OnOutOfMemoryError").getValue().isEmpty()) {
            return;
        }
        out.println("Plara: this JVM would keep running, serving nothing, after running out of memory; add"
                + " -XX:+ExitOnOutOfMemoryError to your Java options so that it ends instead (a restart loses no"
                + " acknowledged write).");
    }

    private static boolean on(HotSpotDiagnosticMXBean jvm, String flag) {
        return Boolean.parseBoolean(jvm.getVMOption(flag).getValue());
    }
}
