package dev.plara.store;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code plaraSchema}: the collections and indexes of several {@code create} and {@code createIndexes} commands, sent as
 * one command through the real driver and answered after one H2 commit covering them all, forced to the disk, where
 * the same commands sent one by one take a commit each (no checkpoint runs by itself here).
 */
class SchemaCommandTest {

    @TempDir
    Path dir;

    @Test
    void makesWhatEveryCommandNamesWithOneCommitThatACrashKeeps() {
        try (var harness = new CrashHarness(dir)) {
            var backend = harness.open();
            long version = backend.getMvStore().getCurrentVersion();

            harness.database(backend).runCommand(new Document(SchemaCommand.NAME, 1).append("commands", commands()));

            assertThat(backend.getMvStore().getCurrentVersion()).as("H2's commits").isEqualTo(version + 1);
            harness.crash(backend);
            var db = harness.database(harness.open());
            assertThat(db.listCollectionNames().into(new HashSet<>())).contains("made", "indexed", "twice");
            assertThat(indexNames(db, "indexed")).contains("by_code");
            assertThat(indexNames(db, "twice")).contains("by_owner", "by_time");
            db.getCollection("indexed").insertOne(new Document("code", "A"));
            assertThatThrownBy(() -> db.getCollection("indexed").insertOne(new Document("code", "A")))
                    .as("the unique index, kept").hasMessageContaining("duplicate key");
        }
    }

    @Test
    void theSameCommandsOneByOneTakeACommitEach() {
        try (var harness = new CrashHarness(dir)) {
            var backend = harness.open();
            long version = backend.getMvStore().getCurrentVersion();

            commands().forEach(command -> harness.database(backend).runCommand(command));

            assertThat(backend.getMvStore().getCurrentVersion()).isEqualTo(version + commands().size());
        }
    }

    @Test
    void refusesACommandThatIsNotACollectionOrIndexMade() {
        try (var harness = new CrashHarness(dir)) {
            var db = harness.database(harness.open());
            var insert = new Document("insert", "made").append("documents", List.of(new Document("_id", 1)));

            assertThatThrownBy(() -> db.runCommand(new Document(SchemaCommand.NAME, 1)
                    .append("commands", List.of(new Document("create", "made"), insert))))
                    .isInstanceOfSatisfying(MongoCommandException.class,
                            refused -> assertThat(refused.getErrorCode()).isEqualTo(2))
                    .hasMessageContaining("only makes collections and indexes");
            assertThat(db.listCollectionNames().into(new HashSet<>())).doesNotContain("made");
        }
    }

    private static List<Document> commands() {
        return List.of(new Document("create", "made"),
                new Document("createIndexes", "indexed").append("indexes", List.of(
                        new Document("key", new Document("code", 1)).append("name", "by_code").append("unique", true))),
                new Document("createIndexes", "twice").append("indexes", List.of(
                        new Document("key", new Document("owner", 1)).append("name", "by_owner"),
                        new Document("key", new Document("at", -1)).append("name", "by_time").append("sparse", true))));
    }

    private static Set<String> indexNames(MongoDatabase db, String collection) {
        var names = new HashSet<String>();
        db.getCollection(collection).listIndexes().forEach(index -> names.add(index.getString("name")));
        return names;
    }
}
