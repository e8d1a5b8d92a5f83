package dev.plara.store;

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
 * one is then kept as it is, as {@link WriteBuffer#clear} keeps a buffer at the size it was made with.
 */
final class ChunkBufferFileStore extends SingleFileStore {

    private static final int H2_INITIAL = 1 << 20;

    private final int keptAtMost;
    private final AtomicReference<WriteBuffer> kept = new AtomicReference<>();
    private volatile int size = H2_INITIAL;

    /** Opens {@code fileName} (which may name an H2 file system) with H2's defaults. */
    ChunkBufferFileStore(String fileName, int keptAtMost) {
        super(new HashMap<>());
        this.keptAtMost = keptAtMost;
        open(fileName, false, null);
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
