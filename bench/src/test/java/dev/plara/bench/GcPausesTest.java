package dev.plara.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GcPausesTest {

    /** Lines of a store's GC log under the serial collector, with the safepoint lines that come between. */
    private static final List<String> SERIAL = List.of(
            "[2026-12-07T11:09:10.233+0000][45829ms] GC(0) Pause Young (Allocation Failure) 51M->6M(185M) 137.977ms",
            "[2026-12-07T11:09:10.233+0000][45829ms] Safepoint \"GenCollectForAllocation\", Time since last: 1822824460"
                    + " ns, Reaching safepoint: 18144 ns, Cleanup: 57981 ns, At safepoint: 138012000 ns, Total: 138030144 ns",
            "[2026-12-07T11:09:18.177+0000][53773ms] GC(1) Pause Young (Allocation Failure) 57M->8M(185M) 70.989ms",
            "[2026-12-07T11:09:24.502+0000][60098ms] GC(2) Pause Full (Allocation Failure) 180M->47M(185M) 612.400ms");

    /** Lines of a G1 log: a concurrent cycle's pauses count, the cycle itself (run beside the application) does not. */
    private static final List<String> G1 = List.of(
            "[6916ms] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 17M->8M(256M) 103.540ms",
            "[7916ms] GC(2) Pause Young (Concurrent Start) (G1 Humongous Allocation) 90M->60M(256M) 12.5ms",
            "[7917ms] GC(3) Concurrent Mark Cycle",
            "[8020ms] GC(3) Pause Remark 70M->70M(256M) 4.25ms",
            "[8030ms] GC(3) Pause Cleanup 70M->70M(256M) 0.100ms",
            "[8031ms] GC(3) Concurrent Mark Cycle 114.015ms");

    @Test
    void theSerialCollectorsPausesAreCountedSummedAndTheLongestKept() {
        var pauses = GcPauses.of(SERIAL);

        assertThat(pauses.count()).isEqualTo(3);
        assertThat(pauses.full()).isEqualTo(1);
        assertThat(pauses.sumMillis()).isCloseTo(821.366, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(pauses.maxMillis()).isEqualTo(612.4);
    }

    @Test
    void g1sConcurrentCycleIsNoPauseButItsRemarkAndCleanupAre() {
        var pauses = GcPauses.of(G1);

        assertThat(pauses.count()).isEqualTo(4);
        assertThat(pauses.full()).isZero();
        assertThat(pauses.maxMillis()).isEqualTo(103.54);
    }

    @Test
    void pausesOfSeveralJvmsAddUpAndKeepTheLongest() {
        var both = GcPauses.of(SERIAL).plus(GcPauses.of(G1));

        assertThat(both.count()).isEqualTo(7);
        assertThat(both.full()).isEqualTo(1);
        assertThat(both.maxMillis()).isEqualTo(612.4);
        assertThat(GcPauses.NONE.plus(GcPauses.NONE).text()).isEqualTo("0 pauses");
        assertThat(GcPauses.of(SERIAL.subList(0, 1)).text()).isEqualTo("1 pause, 138 ms in all, longest 138 ms");
        assertThat(GcPauses.of(SERIAL).text()).isEqualTo("3 pauses, 821 ms in all, longest 612 ms (1 full)");
        assertThat(GcPauses.UNKNOWN.plus(GcPauses.of(SERIAL)).text()).isEqualTo("pauses unknown: 1 JVM refused jcmd"
                + " (so no GC log was turned on) or had a GC log that could not be read; the others: 3 pauses, 821 ms in"
                + " all, longest 612 ms (1 full)");
    }

    @Test
    void aRunningJvmsLogIsTurnedOnAndOnlyThePausesSinceAMarkAreCounted(@TempDir Path dir) {
        long self = ProcessHandle.current().pid();
        var log = GcLog.start(dir, "test", self);
        System.gc();
        var mark = log.mark();

        assertThat(log.pausesSince(mark).count()).isZero();
        System.gc();
        var pauses = log.pausesSince(mark);

        assertThat(pauses.count()).isPositive();
        assertThat(pauses.full()).isPositive();
    }

    @Test
    void aJvmThatRefusesJcmdHasItsPausesUnknownNotNone(@TempDir Path dir) throws Exception {
        var idle = Files.writeString(dir.resolve("Idle.java"), "class Idle { public static void main(String[] a)"
                + " throws Exception { System.out.println(\"up\"); Thread.sleep(120_000); } }");
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var child = new ProcessBuilder(java, "-XX:+DisableAttachMechanism", idle.toString()).start();
        try {
            assertThat(new BufferedReader(new InputStreamReader(child.getInputStream())).readLine()).isEqualTo("up");
            var log = GcLog.start(dir.resolve("logs"), "refusing", child.pid());

            assertThat(log.pausesSince(log.mark()).text()).isEqualTo("pauses unknown: 1 JVM refused jcmd (so no GC log"
                    + " was turned on) or had a GC log that could not be read");
        } finally {
            child.destroyForcibly().waitFor();
        }
    }

    @Test
    void aGcLogThatCannotBeReadLeavesItsPausesUnknown(@TempDir Path dir) throws Exception {
        var log = GcLog.start(dir, "gone", ProcessHandle.current().pid());
        var mark = log.mark();
        System.gc();
        try (var files = Files.list(dir)) {
            for (var file : files.toList()) {
                Files.delete(file);
            }
        }

        assertThat(log.pausesSince(mark).text()).startsWith("pauses unknown: 1 JVM");
    }
}
