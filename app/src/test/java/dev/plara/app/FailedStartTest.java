package dev.plara.app;

import dev.plara.app.config.AppConfig;
import dev.plara.app.config.ConfigException;
import dev.plara.app.wiring.PlaraApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A start that fails part-way closes what it had opened, including the emulator opening beside the store on another
 * thread: its port and the store's data file are free again.
 */
class FailedStartTest {

    @TempDir
    Path dataDir;

    @Test
    void aStoreThatRefusesToStartLeavesNeitherTheEmulatorsPortNorTheDataFileHeld() throws IOException {
        int emulatorPort = freePort();
        var refused = Map.of("PORT", "0", "PLARA_DATA_DIR", dataDir.toString(), "MONGODB_TRANSACTIONS", "on",
                "PLARA_EMULATOR_PORT", String.valueOf(emulatorPort));

        assertThatThrownBy(() -> PlaraApplication.start(AppConfig.from(refused, dataDir)))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("MONGODB_TRANSACTIONS:");

        try (var rebound = new ServerSocket(emulatorPort, 1, InetAddress.getLoopbackAddress())) {
            assertThat(rebound.getLocalPort()).isEqualTo(emulatorPort);
        }
        try (var app = PlaraApplication.start(AppConfig.from(
                Map.of("PORT", "0", "PLARA_DATA_DIR", dataDir.toString()), dataDir))) {
            assertThat(app.useCases().auditLedger().audit().clean()).isTrue();
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
