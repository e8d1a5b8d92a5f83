package dev.plara.app;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The H2 file backend, committing after every command before the reply goes out. H2 on its own commits about once a
 * second, so a {@code kill -9} would lose up to a second of writes the client was told had succeeded; here an
 * acknowledged write is in the file (the operating system's cache) before it is acknowledged. A command that changed
 * nothing commits nothing.
 */
final class DurableH2Backend extends H2Backend {

    DurableH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        try {
            return super.handleCommand(channel, database, command, query);
        } finally {
            commit();
        }
    }
}
