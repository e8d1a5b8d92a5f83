package dev.plara.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher's class-data archive: trained by the first run of a build, used by the next, and trained again for a
 * rebuilt jar instead of reusing one the JVM would refuse.
 */
class SharedArchiveTest {

    @TempDir
    Path dir;

    @Test
    void theFirstRunTrainsTheArchiveAndTheNextUsesIt() throws IOException {
        var jar = jar(Instant.parse("2026-12-01T00:00:00Z"));

        var first = SharedArchive.of(jar, "serve");
        assertThat(first.option()).startsWith("-XX:ArchiveClassesAtExit=" + dir.resolve(".plara-serve-"));
        Files.writeString(pathIn(first.option()), "archive");
        first.keepWhatTheChildWrote(143);

        var next = SharedArchive.of(jar, "serve");
        assertThat(next.option()).startsWith("-XX:SharedArchiveFile=" + dir.resolve("plara-serve-"));
        assertThat(SharedArchive.of(jar, "embedded-store").option()).as("another command has an archive of its own")
                .startsWith("-XX:ArchiveClassesAtExit=");
    }

    @Test
    void aRebuiltJarTrainsANewArchive() throws IOException {
        var jar = jar(Instant.parse("2026-12-01T00:00:00Z"));
        var first = SharedArchive.of(jar, "serve");
        Files.writeString(pathIn(first.option()), "archive");
        first.keepWhatTheChildWrote(143);

        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-12-02T00:00:00Z")));

        assertThat(SharedArchive.of(jar, "serve").option()).startsWith("-XX:ArchiveClassesAtExit=");
    }

    @Test
    void aRunThatWroteNoArchiveKeepsNothing() throws IOException {
        var jar = jar(Instant.parse("2026-12-01T00:00:00Z"));
        SharedArchive.of(jar, "serve").keepWhatTheChildWrote(0);

        assertThat(SharedArchive.of(jar, "serve").option()).startsWith("-XX:ArchiveClassesAtExit=");
    }

    @Test
    void theArchiveOfAStartThatFailedIsDeletedSoTheNextRunTrainsAgain() throws IOException {
        var jar = jar(Instant.parse("2026-12-01T00:00:00Z"));
        var failed = SharedArchive.of(jar, "serve");
        var written = pathIn(failed.option());
        Files.writeString(written, "archive of a start refused for its configuration");

        failed.keepWhatTheChildWrote(2);

        assertThat(written).doesNotExist();
        assertThat(SharedArchive.of(jar, "serve").option()).startsWith("-XX:ArchiveClassesAtExit=");
    }

    /** The file a JVM option such as {@code -XX:ArchiveClassesAtExit=<file>} names. */
    private static Path pathIn(String option) {
        return Path.of(option.substring(option.indexOf('=') + 1));
    }

    private Path jar(Instant built) throws IOException {
        var jar = Files.writeString(dir.resolve("plara.jar"), "not really a jar");
        Files.setLastModifiedTime(jar, FileTime.from(built));
        return jar;
    }
}
