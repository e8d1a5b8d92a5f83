package dev.plara.bench;

import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.RawBsonDocument;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Set;

/**
 * Reads MongoDB's wire protocol as far as counting needs: the command a request ({@code OP_MSG}) carries, its
 * collection and how many documents it sends, and what its reply says.
 */
final class WireMessages {

    static final int HEADER = 16;
    private static final int OP_MSG = 2013;
    private static final int CHECKSUM_PRESENT = 1;
    /** Handshakes and heartbeats, which the driver sends on its own connections and not for any operation. */
    private static final Set<String> MONITORING = Set.of("hello", "isMaster", "ismaster", "buildInfo", "buildinfo",
            "getLastError", "saslStart", "saslContinue");

    private WireMessages() {
    }

    /** The request in {@code message} (a whole message, header included), or null when it is not one to count. */
    static Request request(byte[] message) {
        var header = ByteBuffer.wrap(message).order(ByteOrder.LITTLE_ENDIAN);
        int requestId = header.getInt(4);
        if (header.getInt(12) != OP_MSG) {
            return null;
        }
        var sections = sections(message);
        if (sections.body == null) {
            return null;
        }
        var command = sections.body.getFirstKey();
        if (MONITORING.contains(command)) {
            return null;
        }
        var first = sections.body.get(command);
        var collection = first.isString() ? first.asString().getValue()
                : sections.body.containsKey("collection") ? sections.body.getString("collection").getValue() : "";
        int documents = sections.sequenceDocuments;
        for (var array : Set.of("documents", "updates", "deletes")) {
            if (sections.body.containsKey(array) && sections.body.get(array).isArray()) {
                documents += sections.body.getArray(array).size();
            }
        }
        var concern = sections.body.containsKey("writeConcern") ? sections.body.getDocument("writeConcern") : null;
        var w = concern != null && concern.containsKey("w") ? concern.get("w") : null;
        return new Request(requestId, command, collection, documents,
                w == null ? "" : "w:" + (w.isString() ? w.asString().getValue() : String.valueOf(number(w))));
    }

    /** The trip {@code request} made, given its reply message. */
    static RoundTrip answered(Request request, byte[] reply) {
        var body = sections(reply).body;
        if (body == null) {
            return new RoundTrip(request.command(), request.collection(), request.documents(), request.writeConcern(),
                    null, null, null, null);
        }
        Integer error = body.containsKey("code") ? number(body.get("code")) : null;
        if (body.containsKey("writeErrors") && !body.getArray("writeErrors").isEmpty()) {
            error = number(body.getArray("writeErrors").get(0).asDocument().get("code"));
        }
        Integer upserted = body.containsKey("upserted") ? body.getArray("upserted").size() : null;
        Integer matched = body.containsKey("n") ? number(body.get("n")) : null;
        if (body.containsKey("lastErrorObject")) {
            var last = body.getDocument("lastErrorObject");
            matched = last.containsKey("n") ? number(last.get("n")) : null;
            upserted = last.containsKey("upserted") ? 1 : null;
        }
        Integer modified = body.containsKey("nModified") ? number(body.get("nModified")) : null;
        if (upserted != null && matched != null && request.command().equals("update")) {
            matched -= upserted;
        }
        return new RoundTrip(request.command(), request.collection(), request.documents(), request.writeConcern(), matched,
                modified, upserted, error);
    }

    private static Integer number(BsonValue value) {
        return value != null && value.isNumber() ? value.asNumber().intValue() : null;
    }

    private static Sections sections(byte[] message) {
        var buffer = ByteBuffer.wrap(message).order(ByteOrder.LITTLE_ENDIAN);
        int end = message.length - ((buffer.getInt(HEADER) & CHECKSUM_PRESENT) != 0 ? 4 : 0);
        var sections = new Sections();
        int at = HEADER + 4;
        while (at < end) {
            byte kind = message[at++];
            int size = buffer.getInt(at);
            if (kind == 0) {
                sections.body = new RawBsonDocument(message, at, size);
            } else {
                int docAt = at + 4;
                while (message[docAt] != 0) {
                    docAt++;
                }
                docAt++;
                while (docAt < at + size) {
                    sections.sequenceDocuments++;
                    docAt += buffer.getInt(docAt);
                }
            }
            at += size;
        }
        return sections;
    }

    /** A counted request waiting for its reply. */
    record Request(int id, String command, String collection, int documents, String writeConcern) {
    }

    private static final class Sections {
        BsonDocument body;
        int sequenceDocuments;
    }
}
