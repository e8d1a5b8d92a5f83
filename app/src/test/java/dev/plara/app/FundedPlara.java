package dev.plara.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real server with a user who has money: a top-up paid at Polar, its webhook delivered genuinely and reconciled
 * (so the scheduled reconciliation has nothing left to change). For attacks it makes deliveries about orders Polar
 * never made, which would credit that user if the server ever took one without a valid signature.
 */
final class FundedPlara implements AutoCloseable {

    static final String USER = "ayana";

    final InProcessPlara plara;
    final WebhookForger forger;
    final JsonNode paidOrder;

    FundedPlara(Path workingDirectory) {
        plara = InProcessPlara.start(workingDirectory);
        forger = new WebhookForger(plara.http);
        plara.signIn(USER);
        paidOrder = plara.shop.buyTopUp(USER, 25_00);
        var genuine = PolarWebhook.wrap("msg_genuine", "order.paid", paidOrder, Instant.now());
        assertThat(plara.http.send(genuine.attempt(plara.http, ProductionEnvironment.polarSigner())).status())
                .isEqualTo(200);
        var reconciled = plara.http.postJson("/api/admin/reconciliation", HostTokens.admin("ops"), null).json();
        assertThat(reconciled.path("credited").asInt()).as(reconciled.toString()).isZero();
    }

    /** An {@code order.paid} for a new order of {@code amount} to {@link #USER}, in the paid order's exact shape. */
    byte[] forgedOrderPaid(Random random, long amount) {
        var order = (ObjectNode) paidOrder.deepCopy();
        order.put("id", new UUID(random.nextLong(), random.nextLong()).toString());
        order.putNull("checkout_id");
        order.put("net_amount", amount).put("subtotal_amount", amount).put("total_amount", amount);
        return PolarWebhook.wrap("unused", "order.paid", order, Instant.now()).body();
    }

    long balance() {
        return plara.http.usdBalance(USER);
    }

    @Override
    public void close() {
        plara.close();
    }
}
