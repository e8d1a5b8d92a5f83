package dev.plara.store;

import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded store keeps every write it acknowledged through a {@code kill -9}: a child JVM inserts, deletes and
 * counts under load, is killed without warning, and every key it printed as inserted is found again through the
 * reopened file's unique index unless it printed it as deleted, which stays deleted, and every count is at least the
 * last one acknowledged. (Plain H2 loses up to a second of acknowledged writes here; see {@link DurableH2Backend}.)
 */
class EmbeddedStoreDurabilityTest {

    private static final int ACKNOWLEDGED_BEFORE_KILL = 600;

    @TempDir
    Path dataDir;

    @Test
    @Timeout(120)
    void noAcknowledgedWriteIsLostWhenTheProcessIsKilled() throws Exception {
        var printed = runAndKill();
        var inserted = printed.stream().filter(line -> line.startsWith("acknowledged ")).map(line -> line.substring(13))
                .toList();
        var deleted = printed.stream().filter(line -> line.startsWith("deleted ")).map(line -> line.substring(8))
                .collect(Collectors.toSet());
        var counted = new HashMap<String, Integer>();
        printed.stream().filter(line -> line.startsWith("counted ")).map(line -> line.split(" "))
                .forEach(words -> counted.merge(words[1], Integer.parseInt(words[2]), Math::max));
        // a thread whose last line read was an insert may have been deleting it at the kill: that delete may or may
        // not have been applied (it was not acknowledged), so that one key may be either way
        var lastLineOfThread = new HashMap<String, String>();
        printed.forEach(line -> lastLineOfThread.put(threadOf(line), line));
        var inFlight = lastLineOfThread.values().stream().filter(line -> line.startsWith("acknowledged "))
                .map(line -> line.substring(13)).filter(key -> Long.parseLong(key.split("-")[1]) % 3 == 2)
                .collect(Collectors.toSet());

        try (var embedded = EmbeddedMongo.open(dataDir);
             var client = MongoClients.create(embedded.connectionString())) {
            var entries = client.getDatabase("plara").getCollection("entries");
            var counts = client.getDatabase("plara").getCollection("counts");
            var missing = inserted.stream().filter(key -> !deleted.contains(key) && !inFlight.contains(key))
                    .filter(key -> entries.find(Filters.eq("key", key)).first() == null).toList();
            var back = deleted.stream().filter(key -> entries.find(Filters.eq("key", key)).first() != null).toList();
            assertThat(deleted).isNotEmpty();
            assertThat(missing).as("acknowledged but lost").isEmpty();
            assertThat(back).as("deleted, acknowledged, but back").isEmpty();
            counted.forEach((id, atLeast) -> assertThat(counts.find(Filters.eq("_id", id)).first().getInteger("n"))
                    .as(id).isGreaterThanOrEqualTo(atLeast));
        }
    }

    /**
     * H2's background writer would store changes on a thread of its own and return before the file has them; a commit
     * that then meets no newer change returns at once, acknowledging writes that a kill -9 can still take. (A window of
     * milliseconds, which the kill above rarely hits: hence this check of its cause.)
     */
    @Test
    void everyStoreIsMadeByTheThreadThatWaitsForIt() {
        var backend = new DurableH2Backend(dataDir.resolve(EmbeddedMongo.FILE_NAME).toString());
        try {
            assertThat(backend.getMvStore().getAutoCommitDelay()).as("H2's asynchronous background writer").isZero();
        } finally {
            backend.close();
        }
    }

    private List<String> runAndKill() throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                AcknowledgedWritesLoad.class.getName(), dataDir.toString()).redirectErrorStream(true).start();
        var acknowledged = new ArrayList<String>();
        try (var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int inserts = 0;
            while (inserts < ACKNOWLEDGED_BEFORE_KILL && (line = out.readLine()) != null) {
                if (line.startsWith("acknowledged ")) {
                    inserts++;
                }
                acknowledged.add(line);
            }
            child.destroyForcibly();
            child.waitFor();
        }
        assertThat(acknowledged.stream().filter(line -> line.startsWith("acknowledged ")))
                .hasSize(ACKNOWLEDGED_BEFORE_KILL);
        return acknowledged;
    }

    /** The writer thread a printed line is about: "acknowledged 2-17", "deleted 2-17", "counted count-2 18". */
    private static String threadOf(String line) {
        return line.split(" ")[1].replaceFirst("^count-", "").split("-")[0];
    }
}
