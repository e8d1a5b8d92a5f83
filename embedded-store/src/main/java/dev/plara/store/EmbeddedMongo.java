package dev.plara.store;

import de.bwaldvogel.mongo.MongoServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded store: an in-process MongoDB wire-protocol server (mongo-java-server) keeping its data in an H2 file
 * ({@link DurableH2Backend}), on a loopback port of its own. Clients reach it through the real MongoDB driver. The port
 * opens only once a reopened file's indexes have been rebuilt from its documents.
 */
public final class EmbeddedMongo implements AutoCloseable {

    /** The data file's name inside the data directory. */
    public static final String FILE_NAME = "plara.mv.db";

    private final MongoServer server;
    private final InetSocketAddress address;

    private EmbeddedMongo(MongoServer server, InetSocketAddress address) {
        this.server = server;
        this.address = address;
    }

    /** Opens the store in {@code dataDirectory} on any free loopback port. */
    public static EmbeddedMongo open(Path dataDirectory) {
        return open(dataDirectory, 0);
    }

    /** Opens the store in {@code dataDirectory} on loopback at {@code port} ({@code 0} for any free one). */
    public static EmbeddedMongo open(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dataDirectory, e);
        }
        var server = new MongoServer(new DurableH2Backend(dataDirectory.resolve(FILE_NAME).toString()));
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return new EmbeddedMongo(server, server.getLocalAddress());
    }

    /** The URI a MongoDB driver connects with, such as {@code mongodb://127.0.0.1:27017}. */
    public String connectionString() {
        return "mongodb://127.0.0.1:" + address.getPort();
    }

    /** Stops accepting connections and closes the H2 file cleanly. */
    @Override
    public void close() {
        server.shutdown();
    }
}
