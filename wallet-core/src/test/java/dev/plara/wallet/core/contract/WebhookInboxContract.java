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

    @Test
    void aDeliveryIsRecordedOncePerIdAndKeptExactly() {
        var first = delivery("msg_1");

        assertThat(inbox.record(first)).isTrue();
        assertThat(inbox.record(delivery("msg_1"))).isFalse();
        assertThat(inbox.find("msg_1")).contains(first);
    }

    @Test
    void ofRacingRedeliveriesExactlyOneRecords() {
        var delivery = delivery("msg_1");

        var stored = IntStream.range(0, 16).mapToObj(i -> CompletableFuture.supplyAsync(() -> inbox.record(delivery)))
                .toList().stream().filter(CompletableFuture::join).count();

        assertThat(stored).isEqualTo(1);
    }

    @Test
    void failuresAreCountedAndRetriedWhenDueAndDoneDeliveriesLeaveTheQueue() {
        inbox.record(delivery("msg_1"));
        inbox.record(delivery("msg_2"));
        var retryAt = clock.instant().plusSeconds(30);

        inbox.markFailed("msg_1", "store unavailable", retryAt);
        inbox.markDone("msg_2", InboxStatus.APPLIED, "credited 10.00 USD");

        assertThat(inbox.due(clock.tick(), 10)).isEmpty();
        assertThat(inbox.due(retryAt, 10)).singleElement().satisfies(pending -> {
            assertThat(pending.id()).isEqualTo("msg_1");
            assertThat(pending.attempts()).isEqualTo(1);
            assertThat(pending.outcome()).isEqualTo("store unavailable");
        });
        assertThat(inbox.find("msg_2").orElseThrow().outcome()).isEqualTo("credited 10.00 USD");
    }

    @Test
    void aDoneDeliveryIsNeverChangedAgain() {
        inbox.record(delivery("msg_1"));
        inbox.markDone("msg_1", InboxStatus.IGNORED, "unhandled type");

        inbox.markFailed("msg_1", "late failure", clock.tick());
        inbox.markDone("msg_1", InboxStatus.APPLIED, "late success");

        var stored = inbox.find("msg_1").orElseThrow();
        assertThat(stored.status()).isEqualTo(InboxStatus.IGNORED);
        assertThat(stored.outcome()).isEqualTo("unhandled type");
    }

    @Test
    void listingsByStatusAreNewestFirst() {
        IntStream.rangeClosed(1, 4).forEach(i -> inbox.record(delivery("msg_" + i)));
        inbox.markDone("msg_3", InboxStatus.APPLIED, "ok");

        assertThat(inbox.list(InboxStatus.PENDING, PageRequest.first(2)).items()).extracting(InboundDelivery::id)
                .containsExactly("msg_4", "msg_2");
        assertThat(inbox.list(InboxStatus.PENDING, PageRequest.first(2)).total()).isEqualTo(3);
        assertThat(inbox.due(clock.instant(), 2)).extracting(InboundDelivery::id).containsExactly("msg_1", "msg_2");
    }
}
