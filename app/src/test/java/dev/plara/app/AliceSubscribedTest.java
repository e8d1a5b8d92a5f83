package dev.plara.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What {@link AliceSubscribed} leaves behind a test: nothing, even when closing alice fails. */
class AliceSubscribedTest {

    @TempDir
    Path dir;

    @Test
    void theWorkingDirectoryIsDeletedEvenWhenClosingFails() throws Exception {
        var workingDirectory = Files.createDirectories(dir.resolve("alice").resolve("data"));
        Files.writeString(workingDirectory.resolve("server.log"), "started");
        AutoCloseable failingToClose = () -> {
            throw new IllegalStateException("the server did not stop");
        };

        assertThatThrownBy(AliceSubscribed.closeThenDelete(failingToClose, dir.resolve("alice"))::close)
                .hasMessage("the server did not stop");
        assertThat(dir.resolve("alice")).doesNotExist();
    }
}
