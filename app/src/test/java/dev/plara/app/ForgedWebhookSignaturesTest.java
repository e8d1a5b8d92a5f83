package dev.plara.app;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6: signatures an attacker could bring to the real server's webhook endpoint: genuine ones replayed outside the
 * five-minute window, ones made with a wrongly derived or another key, and signature lists padded with decoys. Each
 * is refused (403) and changes nothing; then the same body, properly signed, is applied once, so the refusals were
 * the signature's doing.
 */
@Timeout(60)
class ForgedWebhookSignaturesTest {

    private static final long SEED = 6_0005L;
    private static final long AMOUNT = 12_34;

    @TempDir
    static Path workingDirectory;

    private static FundedPlara bench;
    private static final Random RANDOM = new Random(SEED);

    @BeforeAll
    static void start() {
        bench = new FundedPlara(workingDirectory);
    }

    @AfterAll
    static void stop() {
        bench.close();
    }

    @Test
    void aValidSignatureOutsideTheFiveMinuteWindowIsRefusedAndTheSameDeliveryNowIsAppliedOnce() {
        var body = bench.forgedOrderPaid(RANDOM, AMOUNT);
        var key = WebhookForger.standardKey();
        var before = bench.plara.snapshot();

        for (long skew : List.of(-310L, -3_600L, -86_400L * 365, 310L, 3_600L)) {
            var reply = bench.forger.deliverSigned(key, "msg_replayed", WebhookForger.now() + skew, body);
            assertThat(reply.status()).as("signed %d s from now: %s", skew, reply).isEqualTo(403);
        }

        assertThat(bench.plara.snapshot()).isEqualTo(before);
        assertAppliedOnce(body, "msg_replayed", List.of(alone(), alone()));
    }

    @Test
    void signaturesUnderAWronglyDerivedOrAnotherKeyAreRefused() throws Exception {
        var body = bench.forgedOrderPaid(RANDOM, AMOUNT);
        var secret = ProductionEnvironment.WEBHOOK_SECRET;
        var tail = secret.substring("whsec_".length());
        var flipped = WebhookForger.standardKey();
        flipped[0] ^= 1;
        var wrongKeys = List.of(
                tail.getBytes(StandardCharsets.UTF_8),
                HexFormat.of().formatHex(WebhookForger.standardKey()).getBytes(StandardCharsets.US_ASCII),
                MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)),
                flipped,
                "whsec_another-endpoint's-secret".getBytes(StandardCharsets.UTF_8));
        var before = bench.plara.snapshot();

        for (byte[] key : wrongKeys) {
            assertRefused(bench.forger.deliverSigned(key, "msg_wrong_key", WebhookForger.now(), body));
        }

        assertThat(bench.plara.snapshot()).isEqualTo(before);
        assertAppliedOnce(body, "msg_wrong_key", List.of(alone(), alone()));
    }

    @Test
    void signatureListsPassOnlyWithAMatchingEntry() {
        var body = bench.forgedOrderPaid(RANDOM, AMOUNT);
        var now = WebhookForger.now();
        var valid = WebhookForger.signature(WebhookForger.standardKey(), "msg_lists", now, body);
        var decoy = WebhookForger.signature(WebhookForger.standardKey(), "msg_other", now, body);
        var decoys = String.join(" ", java.util.Collections.nCopies(40, decoy));
        var before = bench.plara.snapshot();

        for (String list : List.of(decoys, valid.replace("v1,", "v2,"), valid.replace("v1,", "V1,"),
                valid.substring(3), valid.replace("=", ""), valid + "A", decoys + " v1," + " " + "v1,=")) {
            assertRefused(bench.forger.deliver("msg_lists", String.valueOf(now), list, body));
        }
        var oversized = bench.forger.deliver("msg_lists", String.valueOf(now), decoys.repeat(40), body);
        assertThat(oversized.status()).as(oversized.toString()).isBetween(400, 499);

        assertThat(bench.plara.snapshot()).isEqualTo(before);
        assertAppliedOnce(body, "msg_lists", List.of(signature -> decoys + " " + signature,
                signature -> signature + " " + signature));
    }

    private static void assertRefused(HttpReply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
        assertThat(reply.problem()).isEqualTo("webhook-rejected");
    }

    private static UnaryOperator<String> alone() {
        return signature -> signature;
    }

    /**
     * The body under {@code id}, validly signed now and the signature put in a header by each of {@code headers} in
     * turn: the first delivery credits it, the second is a duplicate.
     */
    private static void assertAppliedOnce(byte[] body, String id, List<UnaryOperator<String>> headers) {
        var balance = bench.balance();
        var now = WebhookForger.now();
        var valid = WebhookForger.signature(WebhookForger.standardKey(), id, now, body);

        var first = bench.forger.deliver(id, String.valueOf(now), headers.get(0).apply(valid), body);
        var again = bench.forger.deliver(id, String.valueOf(now), headers.get(1).apply(valid), body);

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().path("outcome").asText()).isEqualTo("applied");
        assertThat(again.json().path("outcome").asText()).as(again.toString()).isEqualTo("duplicate");
        assertThat(bench.balance()).isEqualTo(balance + AMOUNT);
    }
}
