package dev.plara.store;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an index does to its B-tree for one document written: mongo-java-server checks every index before it changes
 * anything ({@code checkAdd}, {@code checkUpdate}), then adds or updates; the store's indexes then do nothing twice.
 */
class IndexWriteCountsTest {

    private final MVStore store = new MVStore.Builder().open();

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anInsertPutsEachUniqueKeyOnceAfterTheCollectionsCheckWithoutLookingItUpAgain() {
        CountingMap<KeyValue, Object> map = CountingMap.open(store, "unique");
        var index = new BsonUniqueIndex(map, "wallet_seq", List.of(new IndexKey("wallet", true),
                new IndexKey("walletSeq", true)), false);
        var entry = new Document("_id", "e1").append("wallet", "w1").append("walletSeq", 7);

        index.checkAdd(entry, null);
        long checked = map.reads();
        index.add(entry, "e1", null);

        assertThat(checked).as("the collection's check looks the key up").isEqualTo(1);
        assertThat(map.reads() - checked).as("lookups when adding").isZero();
        assertThat(map.writes()).isEqualTo(1);
        assertThat(index.getPosition(new KeyValue(List.of("w1", 7.0)))).isEqualTo("e1");
    }

    @Test
    void anUpdatedDocumentIsFoundAtItsIdWithoutALookupInEachUniqueIndex() {
        CountingMap<KeyValue, Object> map = CountingMap.open(store, "unique");
        var index = new BsonUniqueIndex(map, "bank_code", List.of(new IndexKey("bankCode", true)), true);
        var entry = new Document("_id", "e1").append("bankCode", "b1");
        index.add(entry, "e1", null);
        long before = map.reads();

        assertThat(index.getPosition(entry)).isEqualTo("e1");
        assertThat(map.reads() - before).as("lookups to find the position of a document held").isZero();
    }

    @Test
    void aWalkOfANonUniqueIndexTakesEachPositionFromTheEntryItWalks() {
        CountingMap<KeyValue, Object> map = CountingMap.open(store, "secondary");
        var index = new BsonSecondaryIndex(map, "unsettled", List.of(new IndexKey("unsettledSince", true)), true);
        var entry = new Document("_id", "e1").append("unsettledSince", 5);
        index.add(entry, "e1", null);
        var walk = new IndexWalk((MVMap<Object, ?>) (MVMap<?, ?>) map, null, null, index, false);
        long before = map.reads();

        var walked = walk.document(map.firstKey(), position -> "e1".equals(position) ? entry : null);

        assertThat(walked).isSameAs(entry);
        assertThat(map.reads() - before).as("lookups of the walked entry").isZero();
    }

    @Test
    void anUpdateRemovesAndPutsOnlyTheEntriesOfTheKeysThatChanged() {
        CountingMap<KeyValue, Object> map = CountingMap.open(store, "secondary");
        var index = new BsonSecondaryIndex(map, "tags", List.of(new IndexKey("tags", true)), false);
        var before = new Document("_id", "g1").append("tags", List.of("a", "b", "c"));
        var after = new Document("_id", "g1").append("tags", List.of("a", "b", "d")).append("seen", true);
        index.add(before, "g1", null);
        long added = map.writes();

        index.updateInPlace(before, after, "g1", null);
        index.updateInPlace(after, after.append("seen", false), "g1", null);

        assertThat(map.writes() - added).as("removes and puts: c out, d in, then nothing").isEqualTo(2);
        assertThat(map.keySet()).containsExactly(new KeyValue("a", "g1"), new KeyValue("b", "g1"),
                new KeyValue("d", "g1"));
    }
}
