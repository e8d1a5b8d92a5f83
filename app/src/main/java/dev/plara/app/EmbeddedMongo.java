package dev.plara.app;

import de.bwaldvogel.mongo.MongoServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded default store: an in-process MongoDB wire-protocol server (mongo-java-server) keeping its data in an H2
 * file, on a loopback port of its own. Plara reaches it through the very same driver and adapter as a real MongoDB.
 */
final class EmbeddedMongo implements AutoCloseable {

    static final String FILE_NAME = "plara.mv.db";

    private final MongoServer server;
    private final InetSocketAddress address;
    private final boolean reopened;

    private EmbeddedMongo(MongoServer server, InetSocketAddress address, boolean reopened) {
        this.server = server;
        this.address = address;
        this.reopened = reopened;
    }

    static EmbeddedMongo open(Path dataDirectory) {
        return open(dataDirectory, 0);
    }

    /** Opens the store in {@code dataDirectory} on loopback at {@code port} ({@code 0} for any free one). */
    static EmbeddedMongo open(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dataDirectory, e);
        }
        var file = dataDirectory.resolve(FILE_NAME);
        boolean reopened = Files.exists(file);
        var server = new MongoServer(new DurableH2Backend(file.toString()));
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return new EmbeddedMongo(server, server.getLocalAddress(), reopened);
    }

    /** Whether the data file was there before (then it may hold what a crash left); {@code false} on a first start. */
    boolean reopened() {
        return reopened;
    }

    String connectionString() {
        return "mongodb://127.0.0.1:" + address.getPort();
    }

    /** Stops accepting connections and closes the H2 file cleanly. */
    @Override
    public void close() {
        server.shutdown();
    }
}
