package dev.plara.store;

import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * H2's page cache as the store's own process has it ({@link ChunkBufferFileStore#CACHE_MIB}, 64 MiB): documents larger
 * in all than H2's own 16 MiB, once read, are found again without reading their pages from the file, counted in H2's
 * page reads. Without the setting (the store in the server's process) it stays H2's 16 MiB.
 */
@ExtendWith(CrashHarnessExtension.class)
class PageCacheTest {

    private static final int DOCUMENTS = 4_000;
    /** Four deliveries' bodies: 4,000 of them are some 45 MiB. */
    private static final String BODY = "x".repeat(11_200);

    @AfterEach
    void cleanUp() {
        System.clearProperty(ChunkBufferFileStore.CACHE_MIB);
    }

    @Test
    void documentsLargerThanH2sDefaultCacheAreReadFromTheFileOnce(CrashHarness harness) {
        System.setProperty(ChunkBufferFileStore.CACHE_MIB, "64");
        var first = harness.open();
        var ids = new ArrayList<String>();
        var random = new Random(7);
        var batch = new ArrayList<Document>();
        for (int i = 0; i < DOCUMENTS; i++) {
            ids.add(new UUID(random.nextLong(), random.nextLong()).toString());
            batch.add(new Document("_id", ids.get(i)).append("payload", BODY));
        }
        harness.database(first).getCollection("inbox").insertMany(batch);
        first.close();

        var reopened = harness.open();
        var inbox = harness.database(reopened).getCollection("inbox");
        var file = reopened.getMvStore().getFileStore();
        ids.forEach(id -> inbox.find(Filters.eq("_id", id)).first());
        long afterFirstPass = file.getReadCount();
        ids.forEach(id -> inbox.find(Filters.eq("_id", id)).first());

        assertThat(file.getReadCount() - afterFirstPass)
                .as("pages read again to find %,d documents a second time (%,d pages read the first time; a cache"
                        + " of %d MiB, %d used)", DOCUMENTS, afterFirstPass, file.getCacheSize(),
                        file.getCacheSizeUsed())
                .isLessThan(DOCUMENTS / 100);
    }

    @Test
    void withoutTheSettingTheCacheIsH2sOwn(CrashHarness harness) {
        assertThat(harness.open().getMvStore().getFileStore().getCacheSize()).isEqualTo(16);
    }
}
