package dev.plara.wallet.core.contract;

import dev.plara.wallet.core.domain.webhook.InboundDelivery;
import dev.plara.wallet.core.domain.webhook.InboxStatus;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.fixtures.TestClock;
import dev.plara.wallet.core.port.out.WebhookInbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@link WebhookInbox} contract, run against every implementation. */
public abstract class WebhookInboxContract {

    private final TestClock clock = TestClock.standard();
    private WebhookInbox inbox;

    protected abstract WebhookInbox newStore();

    @BeforeEach
    void createStore() {
        inbox = newStore();
    }

    private InboundDelivery delivery(String id) {
        return InboundDelivery.received(id, "order.paid", "{\"type\":\"order.paid\",\"data\":{\"id\":\"" + id + "\"}}",
                clock.tick());
    }

    private InboundDelivery applied(String id, String outcome) {
        var received = delivery(id);
        return received.attempted(InboxStatus.APPLIED, outcome, received.receivedAt());
    }

    /** A delivery whose request could not apply it: pending, due again in 30 seconds. */
    private InboundDelivery deferred(String id, String error) {
        var received = delivery(id);
        return received.attempted(InboxStatus.PENDING, error, received.receivedAt().plusSeconds(30));
    }

    @Test
    void aHandledDeliveryIsKeptOncePerIdExactlyAndItsRedeliveryIsAnsweredTheFinishedOne() {
        var first = applied("msg_1", "credited 10.00 USD");

        assertThat(inbox.record(first)).isEmpty();
        assertThat(inbox.record(applied("msg_1", "credited again"))).contains(first);
        assertThat(inbox.record(deferred("msg_1", "late failure"))).contains(first);
        assertThat(inbox.find("msg_1")).contains(first);
    }

    @Test
    void ofRacingRedeliveriesExactlyOneIsKept() {
        var delivery = applied("msg_1", "credited 10.00 USD");

        var kept = IntStream.range(0, 16).mapToObj(i -> CompletableFuture.supplyAsync(() -> inbox.record(delivery)))
                .toList().stream().filter(recorded -> recorded.join().isEmpty()).count();

        assertThat(kept).isEqualTo(1);
    }

    @Test
    void aDeferredDeliveryIsDueWhenItsRetryIsAndARedeliveryThatAppliesFinishesIt() {
        inbox.record(deferred("msg_1", "store unavailable"));
        inbox.record(deferred("msg_2", "store unavailable"));

        assertThat(inbox.due(clock.instant(), 10)).isEmpty();
        assertThat(inbox.due(clock.instant().plusSeconds(30), 10)).extracting(InboundDelivery::id)
                .containsExactly("msg_1", "msg_2");
        assertThat(inbox.record(applied("msg_1", "credited 10.00 USD"))).isEmpty();
        assertThat(inbox.record(deferred("msg_2", "store still unavailable"))).isEmpty();

        assertThat(inbox.find("msg_1").orElseThrow()).satisfies(done -> {
            assertThat(done.status()).isEqualTo(InboxStatus.APPLIED);
            assertThat(done.outcome()).isEqualTo("credited 10.00 USD");
            assertThat(done.attempts()).isEqualTo(2);
        });
        assertThat(inbox.due(clock.instant().plusSeconds(30), 10)).singleElement().satisfies(pending -> {
            assertThat(pending.id()).isEqualTo("msg_2");
            assertThat(pending.attempts()).isEqualTo(2);
            assertThat(pending.outcome()).isEqualTo("store still unavailable");
        });
    }

    @Test
    void aRedeliveryThatDefersAgainKeepsTheStoredAttemptsAndBackoff() {
        inbox.record(deferred("msg_1", "store unavailable"));
        var backedOff = clock.instant().plusSeconds(30 * 60);
        inbox.markFailed("msg_1", "store unavailable again", backedOff);

        assertThat(inbox.record(deferred("msg_1", "store still unavailable"))).isEmpty();

        assertThat(inbox.find("msg_1").orElseThrow()).satisfies(pending -> {
            assertThat(pending.attempts()).isEqualTo(3);
            assertThat(pending.nextAttemptAt()).isEqualTo(backedOff);
            assertThat(pending.outcome()).isEqualTo("store still unavailable");
        });
    }

    @Test
    void failuresAreCountedAndRetriedWhenDueAndDoneDeliveriesLeaveTheQueue() {
        inbox.record(deferred("msg_1", "store unavailable"));
        inbox.record(deferred("msg_2", "store unavailable"));
        var retryAt = clock.instant().plusSeconds(60);

        inbox.markFailed("msg_1", "store unavailable again", retryAt);
        inbox.markDone("msg_2", InboxStatus.APPLIED, "credited 10.00 USD");

        assertThat(inbox.due(clock.instant().plusSeconds(59), 10)).isEmpty();
        assertThat(inbox.due(retryAt, 10)).singleElement().satisfies(pending -> {
            assertThat(pending.id()).isEqualTo("msg_1");
            assertThat(pending.attempts()).isEqualTo(2);
            assertThat(pending.outcome()).isEqualTo("store unavailable again");
        });
        assertThat(inbox.find("msg_2").orElseThrow().outcome()).isEqualTo("credited 10.00 USD");
    }

    @Test
    void onlyAPendingDeliveryKeepsItsPayloadForItsReplay() {
        var pending = deferred("msg_1", "store unavailable");
        inbox.record(pending);
        inbox.record(deferred("msg_2", "store unavailable"));

        assertThat(inbox.due(clock.instant().plusSeconds(30), 1)).singleElement()
                .satisfies(due -> assertThat(due.payload()).isEqualTo(pending.payload()).isNotEmpty());
        inbox.markDone("msg_1", InboxStatus.APPLIED, "credited 10.00 USD");
        inbox.record(applied("msg_2", "credited 10.00 USD"));

        assertThat(Stream.of("msg_1", "msg_2").map(id -> inbox.find(id).orElseThrow().payload())).containsOnly("");
    }

    @Test
    void aDoneDeliveryIsNeverChangedAgain() {
        inbox.record(deferred("msg_1", "store unavailable"));
        inbox.markDone("msg_1", InboxStatus.IGNORED, "unhandled type");

        inbox.markFailed("msg_1", "late failure", clock.tick());
        inbox.markDone("msg_1", InboxStatus.APPLIED, "late success");

        var stored = inbox.find("msg_1").orElseThrow();
        assertThat(stored.status()).isEqualTo(InboxStatus.IGNORED);
        assertThat(stored.outcome()).isEqualTo("unhandled type");
    }

    @Test
    void listingsByStatusAreNewestFirst() {
        IntStream.rangeClosed(1, 4).forEach(i -> inbox.record(deferred("msg_" + i, "store unavailable")));
        inbox.markDone("msg_3", InboxStatus.APPLIED, "ok");
        inbox.record(applied("msg_5", "ok"));

        assertThat(inbox.list(InboxStatus.PENDING, PageRequest.first(2)).items()).extracting(InboundDelivery::id)
                .containsExactly("msg_4", "msg_2");
        assertThat(inbox.list(InboxStatus.PENDING, PageRequest.first(2)).total()).isEqualTo(3);
        assertThat(inbox.list(InboxStatus.APPLIED, PageRequest.first(5)).items()).extracting(InboundDelivery::id)
                .containsExactly("msg_5", "msg_3");
        assertThat(inbox.due(clock.instant().plusSeconds(30), 2)).extracting(InboundDelivery::id)
                .containsExactly("msg_1", "msg_2");
    }
}
