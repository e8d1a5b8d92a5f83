package dev.plara.wallet.core.contract;

import dev.plara.wallet.core.domain.notification.Channel;
import dev.plara.wallet.core.domain.notification.OutboxDelivery;
import dev.plara.wallet.core.domain.notification.OutboxMessage;
import dev.plara.wallet.core.domain.notification.OutboxStatus;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.port.out.Outbox;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@link Outbox} contract, run against every implementation: queueing, failures and limits here, leases in
 * {@link OutboxLeaseContract}.
 */
public abstract class OutboxContract extends OutboxLeaseContract {

    @Test
    void aMessageIsQueuedOncePerKeyAndKeptExactly() {
        var email = new OutboxMessage("email:order:1", Channel.EMAIL, "zoe@example.org", "Your order", "Thanks!",
                clock.tick());
        outbox.enqueue(email);
        outbox.enqueue(new OutboxMessage("email:order:1", Channel.EMAIL, "eve@example.org", "Other", "x", clock.tick()));

        assertThat(outbox.find("email:order:1"))
                .contains(new OutboxDelivery(email, OutboxStatus.PENDING, 0, email.createdAt(), null));
    }

    @Test
    void aFailureCountsAnAttemptAndWaitsForTheNextOne() {
        outbox.enqueue(telegram("m1"));
        outbox.claimDue(clock.tick(), "worker-a", LEASE, 10);
        var retryAt = clock.instant().plusSeconds(60);

        assertThat(outbox.markFailed("m1", "worker-a", "HTTP 502", retryAt, false)).isTrue();

        assertThat(outbox.claimDue(clock.tick(), "worker-a", LEASE, 10)).isEmpty();
        assertThat(outbox.troubled(PageRequest.first(10)).items()).singleElement().satisfies(delivery -> {
            assertThat(delivery.attempts()).isEqualTo(1);
            assertThat(delivery.lastError()).isEqualTo("HTTP 502");
            assertThat(delivery.nextAttemptAt()).isEqualTo(retryAt);
        });
        assertThat(outbox.claimDue(retryAt, "worker-a", LEASE, 10)).extracting(d -> d.message().key()).containsExactly("m1");
    }

    @Test
    void aMessageGivenUpOnIsDeadAndNeverClaimedAgain() {
        outbox.enqueue(telegram("m1"));
        outbox.claimDue(clock.tick(), "w", LEASE, 10);
        outbox.markFailed("m1", "w", "chat not found", clock.instant(), true);

        assertThat(outbox.claimDue(clock.advance(Duration.ofDays(1)), "w", LEASE, 10)).isEmpty();
        assertThat(outbox.find("m1").orElseThrow().status()).isEqualTo(OutboxStatus.DEAD);
        assertThat(outbox.troubled(PageRequest.first(10)).total()).isEqualTo(1);
    }

    @Test
    void claimsRespectTheLimitAndOnlyDueMessages() {
        IntStream.rangeClosed(1, 5).forEach(i -> outbox.enqueue(telegram("m" + i)));
        var now = clock.instant();

        assertThat(outbox.claimDue(now, "w", LEASE, 2)).extracting(d -> d.message().key()).containsExactly("m1", "m2");
        assertThat(outbox.claimDue(now.minusSeconds(60), "w2", LEASE, 10)).isEmpty();
    }

}
