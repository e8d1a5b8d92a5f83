package dev.plara.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The numbered journal files beside the store's file: {@code plara.journal.1}, {@code plara.journal.2}, ... */
final class JournalFiles {

    private static final String PREFIX = "plara.journal.";
    private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + "(\\d{1,18})");
    private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");

    private final Path directory;

    JournalFiles(Path directory) {
        this.directory = directory;
    }

    /** The journal files of the store at {@code storeFile}, which live beside it. */
    static JournalFiles besideStore(String storeFile) {
        return new JournalFiles(Path.of(storeFile).toAbsolutePath().getParent());
    }

    /** The numbers of the journal files present, in ascending order. */
    List<Long> numbers() {
        try (Stream<Path> listed = Files.list(directory)) {
            return listed.map(file -> NAME.matcher(file.getFileName().toString())).filter(Matcher::matches)
                    .map(match -> Long.parseLong(match.group(1))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the store's journal in " + directory, e);
        }
    }

    Path file(long number) {
        return directory.resolve(PREFIX + number);
    }

    /**
     * A new, empty journal file to append to (one left by an earlier run under that number is replaced), its entry in
     * the directory forced to the disk before it is answered: forcing a file's contents does not force the directory
     * entry that names it, and a power loss could otherwise take the file with every acknowledged write in it.
     */
    FileChannel create(long number) {
        try {
            var channel = FileChannel.open(file(number), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
            try {
                forceEntries();
            } catch (IOException e) {
                channel.close();
                throw e;
            }
            return channel;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the store's journal file " + file(number), e);
        }
    }

    /**
     * Forces the directory's entries to the disk. Windows cannot open a directory as a file, and NTFS journals its
     * directory entries with the file's own force, so there the force is left out (as Lucene and others do).
     */
    private void forceEntries() throws IOException {
        if (WINDOWS) {
            return;
        }
        try (var entries = FileChannel.open(directory, StandardOpenOption.READ)) {
            entries.force(true);
        }
    }

    void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close a journal file of the store", e);
        }
    }

    /** Removes every journal file numbered up to {@code last}, which the store's file holds. */
    void deleteUpTo(long last) {
        for (long number : numbers()) {
            if (number <= last) {
                try {
                    Files.deleteIfExists(file(number));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot remove the journal file " + file(number), e);
                }
            }
        }
    }
}
