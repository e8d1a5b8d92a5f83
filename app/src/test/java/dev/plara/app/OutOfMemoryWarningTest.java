package dev.plara.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JVM started with Java options of one's own is not relaunched with the launcher's settings, and no running JVM can
 * be made to end on running out of memory: Plara says at start how to make it, unless its options already do.
 */
class OutOfMemoryWarningTest {

    private static final String ADVICE = "add -XX:+ExitOnOutOfMemoryError";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void aJvmThatWouldRunOnAfterRunningOutOfMemoryIsToldHowToEndInstead() {
        var own = ChildJvm.run(List.of("no-such-command"), Map.of(), dir, WAIT);
        assertThat(own.output()).contains(ADVICE);

        var ending = ChildJvm.run(List.of("no-such-command"),
                Map.of("JAVA_TOOL_OPTIONS", "-XX:+ExitOnOutOfMemoryError"), dir, WAIT);
        assertThat(ending.output()).contains("usage:").doesNotContain(ADVICE);
    }
}
