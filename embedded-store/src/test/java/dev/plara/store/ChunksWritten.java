package dev.plara.store;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;

/**
 * Counts what H2 writes to its file, chunk by chunk, as its layout records them: the 4 KiB blocks and the B-tree pages
 * of every chunk written since the last count (tests).
 */
final class ChunksWritten {

    private static final String CHUNK = "chunk.";
    private static final int BLOCK = 4096;

    private final MVStore store;
    private int lastCounted;
    private long bytes;
    private long pages;

    ChunksWritten(MVStore store) {
        this.store = store;
        this.lastCounted = newestChunk();
    }

    /** Adds the chunks written since the last call. */
    void count() {
        for (var entry : store.getLayoutMap().entrySet()) {
            if (entry.getKey().startsWith(CHUNK) && id(entry.getKey()) > lastCounted) {
                var chunk = DataUtils.parseMap(entry.getValue());
                bytes += Long.parseLong(chunk.get("len"), 16) * BLOCK;
                pages += Long.parseLong(chunk.get("pages"), 16);
            }
        }
        lastCounted = newestChunk();
    }

    long bytes() {
        return bytes;
    }

    long pages() {
        return pages;
    }

    private int newestChunk() {
        return store.getLayoutMap().keySet().stream().filter(key -> key.startsWith(CHUNK))
                .mapToInt(ChunksWritten::id).max().orElse(0);
    }

    private static int id(String key) {
        return Integer.parseInt(key.substring(CHUNK.length()), 16);
    }
}
