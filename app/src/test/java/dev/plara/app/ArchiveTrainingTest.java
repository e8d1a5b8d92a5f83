package dev.plara.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The start that trains the server's archive before the first serve of a build. */
class ArchiveTrainingTest {

    @TempDir
    Path dir;

    @Test
    void theArchiveIsTrainedByADemoStartOfItsOwnInAThrowawayDirectory() {
        var directory = Path.of("training");
        var training = ArchiveTraining.command("plara.jar", "-XX:ArchiveClassesAtExit=a.jsa", directory);

        assertThat(training.command()).contains("-Xmx192m", "-XX:ArchiveClassesAtExit=a.jsa",
                "-D" + Launcher.TRAINING + "=true");
        assertThat(training.command().subList(training.command().indexOf("-cp"), training.command().size()))
                .containsExactly("-cp", "plara.jar", Main.class.getName());
        assertThat(training.directory()).isEqualTo(directory.toFile());
        assertThat(training.environment()).as("none of this process's configuration: the demo default, any free port")
                .containsOnlyKeys("PORT", "MALLOC_ARENA_MAX").containsEntry("PORT", "0");
    }

    @Test
    @Timeout(30)
    void aTrainingStartThatNeverEndsIsEndedAndKeepsNothingSoTheServeStillStarts()
            throws IOException, InterruptedException {
        var jar = Files.writeString(dir.resolve("plara.jar"), "not really a jar");
        var archive = SharedArchive.of(jar, "serve");
        var data = Files.createDirectories(dir.resolve("training"));
        Files.writeString(data.resolve("plara.mv.db"), "the training start's store");

        ArchiveTraining.run(new ProcessBuilder("sleep", "600"), archive, Duration.ofMillis(200), data);

        assertThat(archive.untrained()).as("the serve trains it as it exits instead").isTrue();
        assertThat(data).doesNotExist();
        assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().orElse("").endsWith("sleep")))
                .as("the training start was ended").isEmpty();
    }

    @Test
    @Timeout(30)
    void aTrainingStartStoppedBySigintKeepsNoArchive() throws IOException, InterruptedException {
        var jar = Files.writeString(dir.resolve("plara.jar"), "not really a jar");
        var archive = SharedArchive.of(jar, "serve");
        var written = archive.trainingOption().substring("-XX:ArchiveClassesAtExit=".length());
        var data = Files.createDirectories(dir.resolve("training"));

        ArchiveTraining.run(new ProcessBuilder("sh", "-c", "echo partial > '" + written + "'; exit 130"), archive,
                Duration.ofSeconds(20), data);

        assertThat(archive.untrained()).as("an archive of a training start cut short is not kept").isTrue();
        assertThat(Path.of(written)).doesNotExist();
    }
}
