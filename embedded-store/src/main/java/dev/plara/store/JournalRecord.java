package dev.plara.store;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;

import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * One journal record's frame: its length and a CRC-32C of its body, then the body (what happened, the map's name, the
 * key and value in the map's own types). A record cut short by a kill, or damaged, fails its check, and replay stops
 * there: it was never acknowledged, since a command is answered only after its records are written whole.
 */
final class JournalRecord {

    private static final int HEADER = 8;

    private JournalRecord() {
    }

    /** Starts a record in {@code out}; returns where it starts, for {@link #end}. */
    static int begin(WriteBuffer out, byte operation, String mapName) {
        int start = out.position();
        out.putInt(0).putInt(0).put(operation).putVarInt(mapName.length()).putStringData(mapName, mapName.length());
        return start;
    }

    /** Completes the frame of the record begun at {@code start}. */
    static void end(WriteBuffer out, int start) {
        int bodyStart = start + HEADER;
        int length = out.position() - bodyStart;
        out.putInt(start, length);
        out.putInt(start + 4, checksum(out.getBuffer(), bodyStart, length));
    }

    /** The body of the next whole, intact record in {@code in}, moving past it; empty at the end or at damage. */
    static Optional<ByteBuffer> next(ByteBuffer in) {
        if (in.remaining() < HEADER) {
            return Optional.empty();
        }
        int length = in.getInt(in.position());
        int crc = in.getInt(in.position() + 4);
        if (length <= 0 || length > in.remaining() - HEADER
                || checksum(in, in.position() + HEADER, length) != crc) {
            return Optional.empty();
        }
        var body = in.duplicate();
        body.position(in.position() + HEADER).limit(in.position() + HEADER + length);
        in.position(in.position() + HEADER + length);
        return Optional.of(body.slice());
    }

    /**
     * Whether an intact record follows the damaged or cut one {@code in} is at: then it is damage in the middle of the
     * journal, not the end of a write a kill cut short (whose frame runs past the end, or is followed by nothing).
     */
    static boolean intactRecordFollows(ByteBuffer in) {
        if (in.remaining() < HEADER) {
            return false;
        }
        int length = in.getInt(in.position());
        if (length <= 0 || length > in.remaining() - HEADER) {
            return false;
        }
        var after = in.duplicate();
        after.position(in.position() + HEADER + length);
        return next(after).isPresent();
    }

    /** The map name a body starts with, after its operation byte. */
    static String mapName(ByteBuffer body) {
        return DataUtils.readString(body);
    }

    private static int checksum(ByteBuffer bytes, int from, int length) {
        var crc = new CRC32C();
        var view = bytes.duplicate();
        view.limit(from + length).position(from);
        crc.update(view);
        return (int) crc.getValue();
    }
}
