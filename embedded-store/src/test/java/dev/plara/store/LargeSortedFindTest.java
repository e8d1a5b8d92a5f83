package dev.plara.store;

import com.mongodb.client.MongoClients;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A find over a whole collection far larger than the store's heap, sorted as an index orders it (the audit's read of
 * the ledger, by wallet and sequence), in its reverse order (a listing, newest first, a page or all of it) or not
 * sorted at all, is answered in full and in order by a store process with a 48 MiB heap: the store walks the index a
 * batch at a time, forward or backward, instead of sorting and holding every document at once.
 */
class LargeSortedFindTest {

    private static final int DOCUMENTS = 24_000;
    private static final String PAYLOAD = "x".repeat(1500);

    @TempDir
    Path dir;

    @Test
    void aWholeCollectionSortedByAnIndexEitherWayIsReadInBatchesOnASmallHeap() throws Exception {
        try (var store = new StoreProcess(dir, 0, List.of("-Xmx48m"))) {
            var uri = store.awaitListening().orElseThrow();
            try (var client = MongoClients.create(uri + "/?socketTimeoutMS=120000")) {
                var entries = client.getDatabase("t").getCollection("ledger_entries");
                entries.createIndex(Indexes.ascending("wallet", "walletSeq"), new IndexOptions().unique(true));
                var batch = new ArrayList<Document>();
                for (int i = 0; i < DOCUMENTS; i++) {
                    batch.add(new Document("_id", "e" + i).append("wallet", "w" + (i * 7919 % 500))
                            .append("walletSeq", i).append("payload", PAYLOAD));
                    if (batch.size() == 500) {
                        entries.insertMany(batch);
                        batch.clear();
                    }
                }

                int read = 0;
                String lastWallet = "";
                int lastSeq = -1;
                for (var entry : entries.find().sort(Sorts.ascending("wallet", "walletSeq"))) {
                    var wallet = entry.getString("wallet");
                    int seq = entry.getInteger("walletSeq");
                    assertThat(wallet.compareTo(lastWallet) > 0 || wallet.equals(lastWallet) && seq > lastSeq)
                            .as("entry %d (%s #%d) after %s #%d", read, wallet, seq, lastWallet, lastSeq).isTrue();
                    lastWallet = wallet;
                    lastSeq = seq;
                    read++;
                }
                assertThat(read).isEqualTo(DOCUMENTS);
                var newestFirst = Sorts.descending("wallet", "walletSeq");
                assertThat(entries.find().sort(newestFirst).skip(40).limit(20).into(new ArrayList<>()))
                        .as("a page of the listing, newest first").hasSize(20);
                int backward = 0;
                for (var entry : entries.find().sort(newestFirst)) {
                    var wallet = entry.getString("wallet");
                    int seq = entry.getInteger("walletSeq");
                    assertThat(backward == 0 || wallet.compareTo(lastWallet) < 0 || wallet.equals(lastWallet)
                            && seq < lastSeq).as("entry %d (%s #%d) after %s #%d", backward, wallet, seq, lastWallet,
                            lastSeq).isTrue();
                    lastWallet = wallet;
                    lastSeq = seq;
                    backward++;
                }
                assertThat(backward).isEqualTo(DOCUMENTS);
                int unsorted = 0;
                for (var ignored : entries.find()) {
                    unsorted++;
                }
                assertThat(unsorted).isEqualTo(DOCUMENTS);
            }
        }
    }
}
