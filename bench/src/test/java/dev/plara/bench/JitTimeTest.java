package dev.plara.bench;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class JitTimeTest {

    private static final long SELF = ProcessHandle.current().pid();

    @Test
    void theTestJvmsOwnCompilerThreadsAreFoundAndHaveUsedTimeAfterCompiling() {
        var before = JitTime.of(SELF);
        long checksum = 0;
        for (int round = 0; round < 2_000; round++) {
            checksum += hot(round);
        }

        var threads = ProcessCpu.compilerThreadTicks(SELF);
        var after = JitTime.of(SELF);

        assertThat(checksum).isNotZero();
        assertThat(threads).isNotEmpty();
        assertThat(threads.values()).anySatisfy(ticks -> assertThat(ticks).isPositive());
        assertThat(after.anyJvm()).isTrue();
        assertThat(after.compilerSecondsSince(JitTime.of())).isPositive();
        assertThat(after.shareSince(before)).isBetween(0.0, 1.0);
    }

    @Test
    void aProcessWithoutCompilerThreadsIsNoJvm() throws Exception {
        var sleeper = new ProcessBuilder("sleep", "30").start();
        try {
            var now = JitTime.of(sleeper.pid());

            assertThat(ProcessCpu.compilerThreadTicks(sleeper.pid())).isEmpty();
            assertThat(now.anyJvm()).isFalse();
            assertThat(now.shareSince(now)).isNaN();
        } finally {
            sleeper.destroy();
            sleeper.waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void theShareIsTheBusiestJvmsSoAStoreAtRestCannotHideAJvmStillCompiling() {
        var before = new JitTime(Map.of(1L, new JitTime.Jvm(0, Map.of(11L, 0L)), 2L, new JitTime.Jvm(0, Map.of(21L, 0L))));
        var after = new JitTime(Map.of(1L, new JitTime.Jvm(400, Map.of(11L, 48L)), 2L, new JitTime.Jvm(800, Map.of(21L, 0L))));

        assertThat(after.shareSince(before)).isEqualTo(0.12);
        assertThat(after.compilerSecondsSince(before)).isEqualTo(0.48);
    }

    private static long hot(int seed) {
        long value = seed;
        for (int i = 0; i < 10_000; i++) {
            value = value * 31 + (i ^ (value >>> 7));
        }
        return value | 1;
    }
}
