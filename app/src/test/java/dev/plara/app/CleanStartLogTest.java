package dev.plara.app;

import dev.plara.app.wiring.PlaraApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server's start logs nothing about its own logging: no thread logs while another one starts the logging backend
 * (SLF4J would hold those calls back and print a warning as it replays them), however slow that backend is to start,
 * since the thread that starts the application starts logging before it starts any thread of its own.
 */
class CleanStartLogTest {

    @TempDir
    Path dir;

    @Test
    void theDemoStartsWithoutLoggingCallsHeldBackWhileLoggingStarts() throws InterruptedException {
        var environment = Map.of("PATH", System.getenv("PATH"), "PLARA_DATA_DIR", dir.resolve("data").toString(),
                "JAVA_TOOL_OPTIONS", "-Dslf4j.provider=" + SlowLoggingStart.class.getName());
        try (var server = ServerProcess.on(ServerProcess.freePort(), environment, dir)) {
            server.start();
            server.stop();

            assertThat(server.logLines("MongoValidators")).as(server.logTail(20)).isNotEmpty();
            assertThat(server.logLines(SlowLoggingStart.STARTED_ON)).as(server.logTail(20)).containsExactly(
                    SlowLoggingStart.STARTED_ON + "main from " + PlaraApplication.class.getName() + ".start");
            assertThat(server.logLines("SLF4J(W)")).isEmpty();
        }
    }
}
