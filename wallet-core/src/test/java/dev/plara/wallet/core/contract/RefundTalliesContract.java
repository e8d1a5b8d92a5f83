package dev.plara.wallet.core.contract;

import dev.plara.wallet.core.domain.ledger.IdempotencyKey;
import dev.plara.wallet.core.domain.ledger.RefundPart;
import dev.plara.wallet.core.domain.ledger.RefundTally;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.port.out.RefundTallies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@link RefundTallies} contract: each version saved once, onto the version before it. */
@Timeout(60)
public abstract class RefundTalliesContract {

    private static final int SAVERS = 6;
    private static final Instant SAVED = Instant.parse("2026-11-22T10:00:00Z");
    private static final Instant LATER = SAVED.plusSeconds(1);

    private RefundTallies tallies;

    /** A new, empty store that several threads may use at once. */
    protected abstract RefundTallies newStore();

    @BeforeEach
    void createStore() {
        tallies = newStore();
    }

    private static RefundPart part(String refundId, long usdCents) {
        return new RefundPart(IdempotencyKey.polarRefund(refundId), Money.usd(usdCents), Money.etb(usdCents * 57),
                usdCents > 1_00 ? Money.usd(usdCents / 10) : null);
    }

    @Test
    void aSavedTallyIsReadBackWithItsPartsInOrder() {
        var tally = RefundTally.unsaved("order_1", List.of(part("r1", 1_00))).with(part("r2", 0), SAVED);

        assertThat(tallies.save(tally)).isTrue();

        assertThat(tallies.find("order_1")).contains(tally);
        assertThat(tallies.find("order_2")).isEmpty();
    }

    @Test
    void aTallyIsSavedOnlyOntoTheVersionBeforeIt() {
        var first = RefundTally.unsaved("order_1", List.of()).with(part("r1", 1_00), SAVED);
        assertThat(tallies.save(first)).isTrue();

        assertThat(tallies.save(RefundTally.unsaved("order_1", List.of()).with(part("r2", 2_00), SAVED)))
                .as("a second first version").isFalse();
        assertThat(tallies.save(first.with(part("r2", 2_00), SAVED).with(part("r3", 3_00), SAVED)))
                .as("a version skipped").isFalse();
        assertThat(tallies.save(first.with(part("r2", 2_00), SAVED))).isTrue();
        assertThat(tallies.save(first.with(part("r3", 3_00), SAVED))).as("onto a version already taken").isFalse();

        assertThat(tallies.find("order_1").orElseThrow().parts()).extracting(RefundPart::refunded)
                .containsExactly(Money.usd(1_00), Money.usd(2_00));
    }

    @Test
    void aSavedTallyIsOpenUntilClosedAtItsVersionAndALaterVersionOpensItAgain() {
        var first = RefundTally.unsaved("order_1", List.of()).with(part("r1", 1_00), SAVED);
        tallies.save(first);
        tallies.save(RefundTally.unsaved("order_2", List.of()).with(part("r2", 2_00), SAVED));

        assertThat(tallies.open(LATER, 10)).containsExactly(first, tallies.find("order_2").orElseThrow());
        assertThat(tallies.open(LATER, 1)).hasSize(1);
        tallies.closed(first);
        assertThat(tallies.open(LATER, 10)).extracting(RefundTally::orderId).containsExactly("order_2");

        var second = first.with(part("r3", 3_00), SAVED);
        tallies.save(second);
        tallies.closed(first);
        assertThat(tallies.open(LATER, 10)).as("closing an older version leaves the newer open").contains(second);
    }

    @Test
    void openAnswersOnlyTalliesSavedBeforeTheTimeAsked() {
        var older = RefundTally.unsaved("order_1", List.of()).with(part("r1", 1_00), SAVED);
        tallies.save(older);
        tallies.save(RefundTally.unsaved("order_2", List.of()).with(part("r2", 2_00), LATER));
        var third = RefundTally.unsaved("order_3", List.of()).with(part("r3", 3_00), SAVED);
        tallies.save(third);
        tallies.save(third.with(part("r4", 4_00), LATER));

        assertThat(tallies.open(LATER, 10)).containsExactly(older);
        assertThat(tallies.open(LATER.plusMillis(1), 10)).extracting(RefundTally::orderId)
                .containsExactly("order_1", "order_2", "order_3");
        assertThat(tallies.find("order_3").orElseThrow().savedAt()).isEqualTo(LATER);
    }

    @Test
    void ofSaversRacingFromOneVersionExactlyOneSucceeds() throws Exception {
        var start = RefundTally.unsaved("order_1", List.of());
        for (int round = 0; round < 20; round++) {
            var base = start;
            var pool = Executors.newFixedThreadPool(SAVERS);
            var barrier = new CyclicBarrier(SAVERS);
            var saved = new ArrayList<Future<Boolean>>();
            for (int saver = 0; saver < SAVERS; saver++) {
                var next = base.with(part("r" + round + "-" + saver, saver + 1), SAVED);
                saved.add(pool.submit(() -> {
                    barrier.await();
                    return tallies.save(next);
                }));
            }
            int won = 0;
            for (var future : saved) {
                won += future.get() ? 1 : 0;
            }
            pool.shutdown();
            assertThat(won).as("round %d", round).isEqualTo(1);
            start = tallies.find("order_1").orElseThrow();
            assertThat(start.version()).isEqualTo(round + 1);
        }
    }
}
