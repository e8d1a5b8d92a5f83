package dev.plara.app;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The child JVM's command line: the store's heap and collector are its own, the server's stay as measured. */
class LauncherTest {

    @Test
    void theStoreRunsOnG1WithAPauseGoalInAHeapOf256Mib() {
        var command = Launcher.child("plara.jar", List.of(), List.of("embedded-store", "--port", "0")).command();

        assertThat(command).contains("-Xmx256m", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20")
                .doesNotContain("-XX:+UseSerialGC", "-Xmx192m");
        assertThat(command.subList(command.indexOf("-cp"), command.size()))
                .containsExactly("-cp", "plara.jar", Main.class.getName(), "embedded-store", "--port", "0");
    }

    @Test
    void theServerKeepsTheSerialCollectorIn192Mib() {
        var command = Launcher.child("plara.jar", List.of(), List.of()).command();

        assertThat(command).contains("-Xmx192m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError")
                .doesNotContain("-XX:+UseG1GC");
    }

    @Test
    void optionsGivenComeAfterTheSettingsSoTheyWin() {
        var command = Launcher.child("plara.jar", List.of("-Xmx32m"), List.of("embedded-store")).command();

        assertThat(command.indexOf("-Xmx32m")).isGreaterThan(command.indexOf("-Xmx256m"));
        assertThat(command).contains("-XX:+ExitOnOutOfMemoryError", "-XX:-UseDynamicNumberOfCompilerThreads",
                "-Djdk.nio.maxCachedBufferSize=262144");
    }
}
