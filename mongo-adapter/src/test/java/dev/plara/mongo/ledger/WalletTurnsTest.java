package dev.plara.mongo.ledger;

import dev.plara.mongo.collection.StoreRounds;
import dev.plara.wallet.core.domain.ledger.Account;
import dev.plara.wallet.core.domain.ledger.PostedEntry;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.fixtures.Entries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One wallet's appends in this process take turns even when the wallet's turn is pushed out of the most recently used
 * (by many other wallets) or forgotten while an append holds it: a second append waits for the first.
 */
@Timeout(30)
class WalletTurnsTest {

    private static final Account ANN = wallet("ann");

    @Test
    void aTurnPushedOutByOtherWalletsWhileHeldStillMakesTheNextAppendOfItsWalletWait() throws Exception {
        var turns = new WalletTurns(2, StoreRounds.none());
        var held = turns.take(ANN);
        for (var other : new String[] {"bob", "cy", "dee", "eve"}) {
            turns.take(wallet(other)).release();
        }

        assertTheNextAppendOfAnnWaitsFor(held, turns);
    }

    @Test
    void aTurnForgottenWhileHeldStillMakesTheNextAppendOfItsWalletWait() throws Exception {
        var turns = new WalletTurns(2, StoreRounds.none());
        var held = turns.take(ANN);
        turns.forget();

        assertTheNextAppendOfAnnWaitsFor(held, turns);
    }

    @Test
    void turnsNoLongerHeldArePushedOutSoThatTheirCountStaysBounded() {
        var turns = new WalletTurns(2, StoreRounds.none());
        for (var name : new String[] {"ann", "bob", "cy", "dee"}) {
            var turn = turns.take(wallet(name));
            turn.inserted(new PostedEntry(Entries.cardCredit(name, "o-" + name, Money.usd(1_00), Instant.EPOCH), 1,
                    Money.usd(1_00)));
            turn.release();
        }

        assertThat(turns.lastInserted(wallet("ann"))).isNull();
        assertThat(turns.lastInserted(wallet("bob"))).isNull();
        assertThat(turns.lastInserted(wallet("dee"))).isNotNull();
    }

    private static void assertTheNextAppendOfAnnWaitsFor(WalletTurns.Turn held, WalletTurns turns) throws Exception {
        var next = CompletableFuture.supplyAsync(() -> {
            turns.take(ANN).release();
            return true;
        });
        assertThatThrownBy(() -> next.get(500, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        held.release();
        assertThat(next.get(5, TimeUnit.SECONDS)).isTrue();
    }

    private static Account wallet(String user) {
        return Account.wallet(UserId.of(user), Money.usd(0).currency());
    }
}
