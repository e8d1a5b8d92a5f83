package dev.plara.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;

import java.time.Duration;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What a multi-server chaos run must leave: wallets that add up, purchases never below zero, messages sent once. */
final class ChaosWallets {

    private ChaosWallets() {
    }

    /**
     * Every wallet holds its paid orders less its refunds and its purchases, to the minor unit; each key appears once;
     * each item was bought at most once per user, every purchase answered 201 is in the ledger, and no purchase left
     * a wallet below zero. Answers what the purchases spent in all.
     */
    static long assertBalances(HttpCalls http, List<String> users, ChaosPurchases purchases, ContentRace race) {
        var expected = purchases.expectedBalances();
        var keys = new HashSet<String>();
        var bought = new HashSet<String>();
        long spentInAll = 0;
        for (String user : users) {
            var history = http.get("/api/wallet/transactions?size=100", HostTokens.user(user)).json().path("items");
            long spent = 0;
            long purchaseEntries = 0;
            for (JsonNode entry : history) {
                assertThat(keys.add(entry.path("key").asText())).as("key %s appears once", entry.path("key")).isTrue();
                if ("purchase".equals(entry.path("kind").asText())) {
                    purchaseEntries++;
                    spent -= entry.path("amount").path("amount").asLong();
                    assertThat(bought.add(user + " " + entry.path("reference").asText())).as("bought once").isTrue();
                    assertThat(entry.path("balance_after").path("amount").asLong()).as("balance after a purchase of %s",
                            user).isNotNegative();
                }
            }
            assertThat(http.usdBalance(user)).as("balance of %s", user).isEqualTo(expected.get(user) - spent);
            assertThat((long) history.size()).as("entries of %s", user).isEqualTo(purchases.entriesOf(user)
                    + purchaseEntries);
            spentInAll += spent;
        }
        assertThat(bought).as("every purchase answered 201 is in the ledger").containsAll(race.purchased);
        return spentInAll;
    }

    /**
     * Every queued Telegram message reached the channel, and exactly once, but for the one guarantee the outbox cannot
     * give through a {@code kill -9}: a message the killed server had leased (sent, not yet marked sent) is sent again
     * once its lease runs out. So a text may arrive twice only if it was in flight when the server was killed, and
     * only one such (a server sends one message at a time).
     */
    static long assertEachMessageSentOnce(MongoCollection<Document> outbox, FakeTelegram telegram,
                                          Set<String> inFlightAtKill) {
        var telegramMessages = Filters.eq("channel", "TELEGRAM");
        await("the outbox to send its messages").atMost(Duration.ofSeconds(100)).pollInterval(Duration.ofMillis(500))
                .until(() -> outbox.countDocuments(Filters.and(telegramMessages, Filters.ne("status", "SENT"))) == 0);
        long queued = outbox.countDocuments(telegramMessages);
        var texts = telegram.messages.stream().map(message -> message.path("text").asText()).toList();
        var once = new HashSet<String>();
        var twice = texts.stream().filter(text -> !once.add(text)).toList();
        assertThat(queued).as("messages queued").isPositive();
        assertThat(once).as("messages the channel got, each counted once").hasSize((int) queued);
        assertThat(twice).as("messages the channel got twice: only one the killed server had in flight "
                + inFlightAtKill).hasSizeLessThanOrEqualTo(1).isSubsetOf(inFlightAtKill);
        return queued;
    }

    /** The bodies of the messages leased and not yet sent at this moment (a killed server's lease among them). */
    static Set<String> leasedAndUnsent(MongoCollection<Document> outbox) {
        var leased = new HashSet<String>();
        outbox.find(Filters.and(Filters.eq("status", "PENDING"), Filters.gt("leaseUntil", new Date())))
                .forEach(document -> leased.add(document.getString("body")));
        return leased;
    }
}
