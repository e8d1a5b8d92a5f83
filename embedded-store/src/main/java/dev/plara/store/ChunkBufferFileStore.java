package dev.plara.store;

import org.h2.mvstore.MVStore;
import org.h2.mvstore.SingleFileStore;
import org.h2.mvstore.WriteBuffer;

import java.util.HashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * H2's single-file store, serializing each chunk into a buffer kept from the chunks before it, as large as the largest
 * of them up to {@code keptAtMost} bytes. H2's own buffer starts at 1 MiB and is copied into one half as large again
 * until the chunk fits, and H2 keeps none past 4 MiB, so every checkpoint of more allocated its chunk's size several
 * times over, each copy an array of the collector's region size or more (the store's most allocated bytes and most
 * of its collections). A buffer that had to grow is dropped, and the next one is made at the size it reached: that
 * one is then kept as it is, as {@link WriteBuffer#clear} keeps a buffer at the size it was made with. As with H2's own
 * pooled buffers, the gap between a chunk's last page and its footer is not cleared: it holds what an earlier chunk
 * left there, which no reader looks at.
 */
final class ChunkBufferFileStore extends SingleFileStore {

    /**
     * At most this many documents or keys to a B-tree page (H2's default is 48): a checkpoint writes every page a
     * change touched whole, so small pages keep what a changed document costs it small.
     */
    private static final int KEYS_PER_PAGE = 8;
    private static final int H2_INITIAL = 1 << 20;

    private final int keptAtMost;
    private final AtomicReference<WriteBuffer> kept = new AtomicReference<>();
    private volatile int size = H2_INITIAL;

    /** Opens {@code fileName} (which may name an H2 file system) with H2's defaults. */
    private ChunkBufferFileStore(String fileName, int keptAtMost) {
        super(new HashMap<>());
        this.keptAtMost = keptAtMost;
        open(fileName, false, null);
    }

    /**
     * The store's H2 file {@code fileName}: small pages, committing by itself only past twice the changed pages a
     * checkpoint waits for ({@link SyncSchedule#autoCommitBufferKib}), its chunks serialized into a buffer kept up to
     * that much (a chunk is about that large at most; the one that opening a large file commits, its indexes rebuilt,
     * is not kept).
     */
    static MVStore open(String fileName, SyncSchedule schedule) {
        int autoCommitKib = schedule.autoCommitBufferKib();
        return new MVStore.Builder().adoptFileStore(new ChunkBufferFileStore(fileName, autoCommitKib << 10))
                .keysPerPage(KEYS_PER_PAGE).autoCommitBufferSize(autoCommitKib).open();
    }

    @Override
    public WriteBuffer getWriteBuffer() {
        var buffer = kept.getAndSet(null);
        if (buffer == null) {
            return new WriteBuffer(size);
        }
        buffer.clear();
        return buffer;
    }

    @Override
    public void releaseWriteBuffer(WriteBuffer buffer) {
        int capacity = buffer.capacity();
        if (capacity == size) {
            kept.set(buffer);
        } else if (capacity > size && capacity <= keptAtMost) {
            size = capacity;
        }
    }
}
