package dev.plara.store;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journal names each record's map as it is named when the record is written, though it keeps the names rather than
 * reading them from the file's layout at every record: a map renamed after a schema change is journaled under its new
 * name, so a replay after a crash (into a file holding both names) puts the change where the map now is.
 */
class JournalMapNamesTest {

    @TempDir
    Path directory;

    @Test
    void aMapRenamedIsJournaledUnderItsNewNameOnceTheSchemaChanged() {
        var files = new JournalFiles(directory);
        var store = new MVStore.Builder().fileName(directory.resolve("before.mv.db").toString()).open();
        var journal = new Journal(store, files, 0, new StoreStop());
        MVMap<Object, Object> map = store.openMap("meta.first");
        map.put("before", 1L);
        journal.put(map, "before", 1L);

        store.renameMap(map, "meta.second");
        journal.forgetMapNames();
        map.put("after", 2L);
        journal.put(map, "after", 2L);
        journal.flush();
        store.closeImmediately();

        var replayed = new MVStore.Builder().fileName(directory.resolve("after.mv.db").toString()).open();
        replayed.openMap("meta.first");
        replayed.openMap("meta.second");
        JournalReplay.replay(replayed, files, name -> replayed.openMap(name));
        assertThat(replayed.<Object, Object>openMap("meta.first")).containsOnlyKeys("before");
        assertThat(replayed.<Object, Object>openMap("meta.second")).containsOnlyKeys("after");
        replayed.close();
    }
}
