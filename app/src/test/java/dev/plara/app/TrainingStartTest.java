package dev.plara.app;

import dev.plara.app.config.AppConfig;
import dev.plara.app.wiring.PlaraApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The start that trains the class-data archive: the demo's start and first answer on /health, then closed. */
class TrainingStartTest {

    @TempDir
    Path dir;

    @Test
    void aTrainingStartAnswersHealthOnceThenCloses() {
        var app = PlaraApplication.start(AppConfig.from(Map.of("PORT", "0"), dir));
        var url = app.localUrl();

        assertThat(TrainingStart.answerOnceAndClose(app)).as("exit code of a start that answered 200").isZero();
        assertThatThrownBy(() -> new Socket(url.getHost(), url.getPort()).close()).isInstanceOf(IOException.class);
    }
}
