package dev.plara.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The persisting peer's books, read straight from its store: each user's balance is the sum of the orders sent for
 * them, with one transaction per order (no key twice) and one notification per credit.
 */
final class PeerBooks implements Books, AutoCloseable {

    private final MongoClient client;
    private final MongoCollection<Document> users;
    private final MongoCollection<Document> transactions;
    private final int userCount;

    PeerBooks(String storeUri, String database, int userCount) {
        this.client = MongoClients.create(storeUri);
        this.users = client.getDatabase(database).getCollection("users");
        this.transactions = client.getDatabase(database).getCollection("transactions");
        this.userCount = userCount;
    }

    /** The peer finds users in its own collection, as a platform's users already are. */
    @Override
    public void introduceUsers() {
        users.insertMany(IntStream.range(0, userCount).mapToObj(i -> new Document("_id", OrderPaidDeliveries.user(i))
                .append("balance", 0L).append("notifications", List.of())).toList());
    }

    @Override
    public Check check(ExpectedCredits expected) {
        var differences = new ArrayList<String>();
        long credited = Books.compareBalances(userCount, this::balance, expected, differences);
        int orders = expected.orders();
        long recorded = transactions.countDocuments();
        int keys = transactions.distinct("idempotencyKey", String.class).into(new HashSet<>()).size();
        long notified = 0;
        for (var user : users.find()) {
            notified += user.getList("notifications", Document.class, List.of()).size();
        }
        if (recorded != orders || keys != orders || notified != orders) {
            differences.add(recorded + " transactions with " + keys + " distinct keys and " + notified
                    + " notifications for " + orders + " orders");
        }
        return new Check("peer", orders, credited, differences);
    }

    private long balance(String user) {
        var found = users.find(Filters.eq("_id", user)).first();
        return found == null ? 0 : found.get("balance", Number.class).longValue();
    }

    @Override
    public void close() {
        client.close();
    }
}
