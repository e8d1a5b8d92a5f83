package dev.plara.store;

import de.bwaldvogel.mongo.MongoServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The embedded store: an in-process MongoDB wire-protocol server (mongo-java-server) keeping its data in an H2 file
 * ({@link DurableH2Backend}), on a loopback port of its own. Clients reach it through the real MongoDB driver. The port
 * opens only once a reopened file's indexes have been rebuilt from its documents.
 */
public final class EmbeddedMongo implements AutoCloseable {

    /** The data file's name inside the data directory. */
    public static final String FILE_NAME = "plara.mv.db";
    /**
     * How long closing waits for the server to stop: it gives its threads 5 s to finish, then closes the H2 file, which
     * commits what the journal holds (a quarter of a second of writes at most); the rest is room for a loaded machine.
     */
    static final Duration STOP_WITHIN = Duration.ofSeconds(20);

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMongo.class);

    private final MongoServer server;
    private final InetSocketAddress address;
    private final Duration stopWithin;

    /** The store {@code server} (bound to its port) serves; closing it waits at most {@code stopWithin}. */
    EmbeddedMongo(MongoServer server, Duration stopWithin) {
        this.server = server;
        this.address = server.getLocalAddress();
        this.stopWithin = stopWithin;
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
        return new EmbeddedMongo(server, STOP_WITHIN);
    }

    /** The URI a MongoDB driver connects with, such as {@code mongodb://127.0.0.1:27017}. */
    public String connectionString() {
        return "mongodb://127.0.0.1:" + address.getPort();
    }

    /**
     * Stops accepting connections and closes the H2 file cleanly, waiting at most {@link #STOP_WITHIN}: the server's
     * stop waits for each of its threads without a bound, forever for one stuck (or one an OutOfMemoryError ended half
     * way), and held a stopping process for good. One stuck is logged and left (on a daemon thread) for the process's
     * end; its journal holds every write it acknowledged, and the next start replays it.
     */
    @Override
    public void close() {
        var stopping = new Thread(server::shutdown, "embedded-store-stop");
        stopping.setDaemon(true);
        stopping.start();
        try {
            stopping.join(stopWithin.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (stopping.isAlive()) {
            LOG.warn("The embedded store did not stop within {} s: a thread of its server is stuck. It is left as it is;"
                    + " its journal holds every write it acknowledged, and the next start replays it.",
                    stopWithin.toSeconds());
        }
    }
}
