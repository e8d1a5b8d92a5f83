package dev.plara.bench;

import dev.plara.polar.PolarPaymentWebhooks;
import dev.plara.polar.webhook.PolarEventTranslator;
import dev.plara.polar.webhook.WebhookHeaders;
import dev.plara.polar.webhook.WebhookVerifier;
import dev.plara.wallet.core.domain.webhook.WebhookRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Plara's webhook verification alone, on one core, over the deliveries of a payload file: the Standard Webhooks
 * signature check by itself, and the check plus reading the event's type as the webhook endpoint does it. The secret
 * comes from {@code BENCH_WEBHOOK_SECRET}, so that it is not printed with the results.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class VerifierBenchmark {

    @Param("bench/out/payloads.tsv")
    public String payloads;

    private List<Delivery.Signed> deliveries;
    private WebhookVerifier verifier;
    private PolarPaymentWebhooks webhooks;
    private int next;

    @Setup
    public void load() throws IOException {
        deliveries = PayloadFile.read(Path.of(payloads));
        var signedAt = Clock.fixed(Instant.ofEpochSecond(deliveries.get(0).timestamp()), ZoneOffset.UTC);
        verifier = new WebhookVerifier(System.getenv("BENCH_WEBHOOK_SECRET"), signedAt);
        webhooks = new PolarPaymentWebhooks(verifier, new PolarEventTranslator("top-up"));
    }

    /** The signature and timestamp check of one delivery's raw bytes. */
    @Benchmark
    public Object signature() {
        var delivery = nextDelivery();
        return verifier.verify(new WebhookHeaders(delivery.webhookId(), String.valueOf(delivery.timestamp()),
                delivery.signature()), delivery.body());
    }

    /** What the webhook endpoint does before storing: the check, then the event's type read from the JSON. */
    @Benchmark
    public Object signatureAndType() {
        var delivery = nextDelivery();
        return webhooks.verify(new WebhookRequest(Map.of(WebhookHeaders.ID, delivery.webhookId(),
                WebhookHeaders.TIMESTAMP, String.valueOf(delivery.timestamp()),
                WebhookHeaders.SIGNATURE, delivery.signature()), delivery.body()));
    }

    private Delivery.Signed nextDelivery() {
        next = next + 1 == deliveries.size() ? 0 : next + 1;
        return deliveries.get(next);
    }
}
