package dev.plara.mongo;

import dev.plara.mongo.collection.WriteObserver;
import dev.plara.wallet.core.contract.CheckoutClaimsContract;
import dev.plara.wallet.core.domain.payment.CheckoutClaim;
import dev.plara.wallet.core.port.out.CheckoutClaims;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

class MongoCheckoutClaimsTest extends CheckoutClaimsContract {

    @Override
    protected CheckoutClaims newClaims() {
        return MongoTargets.inProcess(stores -> stores.payments().checkoutClaims());
    }

    /**
     * The holder gives its claim up (its checkout was refused) right after a second request's insert was refused and
     * before that request reads the claim back: the second request must take the key, not believe it holds it.
     */
    @Test
    void aClaimReleasedBetweenTheRefusedInsertAndTheReadBackIsTakenNotAssumed() {
        var mongo = InProcessMongo.shared();
        var database = InProcessMongo.newDatabaseName();
        var holder = mongo.stores(database, WriteObserver.NONE).payments().checkoutClaims();
        var releaseNow = new AtomicBoolean();
        WriteObserver releaseAfterTheRefusedTakeOver = (collection, operation) -> {
            if (operation.equals("replace") && releaseNow.compareAndSet(true, false)) {
                holder.release("alice:prod", "first");
            }
        };
        var second = mongo.stores(database, releaseAfterTheRefusedTakeOver).payments().checkoutClaims();
        var now = Instant.parse("2026-11-22T10:00:00Z");
        holder.claim("alice:prod", "first", now, now.plusSeconds(600));

        releaseNow.set(true);
        var answer = second.claim("alice:prod", "second", now.plusSeconds(1), now.plusSeconds(600));

        assertThat(answer).isEmpty();
        assertThat(holder.claim("alice:prod", "third", now.plusSeconds(2), now.plusSeconds(600)))
                .map(CheckoutClaim::holder).contains("second");
    }

    @Nested
    @RequiresMongoUri
    class OnMongodbUri extends CheckoutClaimsContract {

        @Override
        protected CheckoutClaims newClaims() {
            return MongoTargets.onMongodbUri(CheckoutClaims.class, stores -> stores.payments().checkoutClaims());
        }
    }
}
