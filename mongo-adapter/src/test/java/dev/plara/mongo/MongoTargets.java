package dev.plara.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.plara.wallet.core.port.out.UnitOfWork;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * Where the contract tests run: the engine Plara ships (its embedded store, in this JVM) always, and the server
 * {@code MONGODB_URI} names when it is set, each test on a database of its own. On that server every port call runs
 * inside a unit of work, so on a replica set the contracts also prove the transactional path. The databases made
 * there are dropped at exit.
 */
final class MongoTargets {

    static final String URI_VARIABLE = "MONGODB_URI";

    private static final List<String> CREATED = new CopyOnWriteArrayList<>();
    private static MongoClient uriClient;

    private MongoTargets() {
    }

    static <T> T inProcess(Function<MongoPlaraStores, T> port) {
        return port.apply(InProcessMongo.shared().freshStores());
    }

    /** The port on the {@code MONGODB_URI} server, every call of it run as one unit of work. */
    @SuppressWarnings("unchecked")
    static <T> T onMongodbUri(Class<T> type, Function<MongoPlaraStores, T> port) {
        String database = InProcessMongo.newDatabaseName() + "_" + ProcessHandle.current().pid();
        CREATED.add(database);
        var stores = MongoPlaraStores.connect(uriClient(), database, TransactionMode.AUTO);
        T target = port.apply(stores);
        UnitOfWork unit = stores.unitOfWork();
        InvocationHandler inUnit = (proxy, method, args) -> unit.run(() -> {
            try {
                return method.invoke(target, args);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
            }
        });
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, inUnit);
    }

    private static synchronized MongoClient uriClient() {
        if (uriClient == null) {
            uriClient = MongoClients.create(System.getenv(URI_VARIABLE));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> CREATED.forEach(
                    database -> uriClient.getDatabase(database).drop())));
        }
        return uriClient;
    }
}
