package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.notification.Channel;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.port.in.FulfilProductOrderUseCase.FulfilmentResult;
import dev.plara.wallet.core.domain.payment.PaidProductOrder;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

class OrderFulfilmentServiceTest {

    private final CoreHarness h = CoreHarness.usd();

    private PaidProductOrder order(String orderId, String user, String email, String subscriptionId) {
        return new PaidProductOrder(orderId, null, user, email, subscriptionId == null ? "prod_ebook" : "prod_monthly",
                "The Product", Money.usd(19_00), subscriptionId, h.clock.tick());
    }

    @Test
    void aPaidOrderIsSavedGrantsAccessAndQueuesOneConfirmationEmail() {
        var first = h.core.fulfilProductOrder().fulfil(order("order_1", "alice", "alice@example.org", null));
        var again = h.core.fulfilProductOrder().fulfil(order("order_1", "alice", "alice@example.org", null));

        assertThat(first).isInstanceOf(FulfilmentResult.Fulfilled.class);
        assertThat(again).isInstanceOf(FulfilmentResult.AlreadyFulfilled.class);
        assertThat(h.holdsProduct(UserId.of("alice"), "prod_ebook")).isTrue();
        var email = h.stores.outbox().find("email:order:order_1").orElseThrow().message();
        assertThat(email.channel()).isEqualTo(Channel.EMAIL);
        assertThat(email.recipient()).isEqualTo("alice@example.org");
        assertThat(email.body()).contains("order_1", "19.00 USD");
    }

    @Test
    void aGuestPurchaseBelongsToTheGuestOfItsEmail() {
        h.core.fulfilProductOrder().fulfil(order("order_1", null, "Zoe@Example.org", null));

        assertThat(h.holdsProduct(UserId.guest("zoe@example.org"), "prod_ebook"))
                .isTrue();
    }
}
