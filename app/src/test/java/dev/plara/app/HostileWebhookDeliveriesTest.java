package dev.plara.app;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6: hostile deliveries to the webhook endpoint of the real server, checked by the real Polar verification:
 * random and mutated headers and bodies, sizes past 1 MiB, and encodings meant to confuse a verifier. Never a 5xx,
 * never a 2xx, and not a single document of the server's database changes.
 */
@Timeout(120)
class HostileWebhookDeliveriesTest {

    private static final long SEED = Long.getLong("plara.hostile.seed", 6_0004L);
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json; charset=utf-16",
            "text/plain", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "*/*", ";;;");
    private static final List<String> ENCODINGS = List.of("gzip", "br", "deflate", "identity", "gzip, gzip", "x");

    @TempDir
    static Path workingDirectory;

    private static FundedPlara bench;
    private static final Random RANDOM = new Random(SEED);

    @BeforeAll
    static void start() {
        System.out.println("HostileWebhookDeliveriesTest seed " + SEED);
        bench = new FundedPlara(workingDirectory);
    }

    @AfterAll
    static void stop() {
        bench.close();
    }

    @Test
    void randomAndMutatedDeliveriesAreRefusedWithoutA5xxAndChangeNothing() {
        var before = bench.plara.snapshot();
        var statuses = new TreeMap<Integer, Integer>();
        var input = new RandomWebhookInput(RANDOM, bench);
        for (int i = 0; i < 400; i++) {
            var reply = bench.forger.deliver(input.maybe("msg_" + i), input.maybe(input.timestamp()),
                    input.maybe(input.signature("msg_" + i)), input.body(i),
                    "Content-Type", input.pick(CONTENT_TYPES), "Content-Encoding", input.pick(ENCODINGS),
                    "x-" + input.token(), input.printable(1 + RANDOM.nextInt(60)));

            assertThat(reply.status()).as("delivery %d: %s", i, reply).isBetween(400, 499);
            statuses.merge(reply.status(), 1, Integer::sum);
        }
        System.out.println("random deliveries answered " + statuses);
        assertThat(bench.plara.snapshot()).isEqualTo(before);
    }

    @Test
    void encodingsThatAVerifierMightDecodeBeforeCheckingAreRefused() throws Exception {
        var before = bench.plara.snapshot();
        var json = bench.forgedOrderPaid(RANDOM, 40_00);
        var text = new String(json, StandardCharsets.UTF_8);
        var key = WebhookForger.standardKey();
        var now = WebhookForger.now();
        var invalidUtf8 = concat(Arrays.copyOf(json, json.length - 2), new byte[] {(byte) 0xC3, 0x28, '}', '}'});
        var utf16 = text.getBytes(StandardCharsets.UTF_16);

        var replies = List.of(
                bench.forger.deliverSigned(key, "msg_utf8", now, invalidUtf8),
                bench.forger.deliverSigned(key, "msg_utf16", now, utf16, "Content-Type", "application/json; charset=utf-16"),
                bench.forger.deliver("msg_utf16_plain", String.valueOf(now), WebhookForger.signature(key,
                        "msg_utf16_plain", now, json), utf16, "Content-Type", "application/json; charset=utf-16"),
                bench.forger.deliver("msg_gzip", String.valueOf(now), WebhookForger.signature(key, "msg_gzip", now, json),
                        gzip(json), "Content-Encoding", "gzip"),
                bench.forger.deliver("msg_bom", String.valueOf(now), WebhookForger.signature(key, "msg_bom", now, json),
                        concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, json)),
                bench.forger.deliver("msg_pretty", String.valueOf(now), WebhookForger.signature(key, "msg_pretty", now,
                        json), text.replace(",", ",\n  ").getBytes(StandardCharsets.UTF_8)),
                bench.forger.deliver("msg_b64", String.valueOf(now), WebhookForger.signature(key, "msg_b64", now, json),
                        Base64.getEncoder().encode(json), "Content-Transfer-Encoding", "base64"));

        assertThat(replies).allSatisfy(reply -> {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
            assertThat(reply.problem()).isEqualTo("webhook-rejected");
        });
        assertThat(bench.plara.snapshot()).isEqualTo(before);
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedWith413EvenWhenItsSignatureIsValid() {
        var before = bench.plara.snapshot();
        var json = bench.forgedOrderPaid(RANDOM, 40_00);
        var padded = new StringBuilder(new String(json, StandardCharsets.UTF_8));
        padded.insert(padded.length() - 1, ",\"padding\":\"" + "x".repeat(1024 * 1024) + "\"");

        var reply = bench.forger.deliverSigned(WebhookForger.standardKey(), "msg_huge", WebhookForger.now(),
                padded.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(413);
        assertThat(reply.problem()).isEqualTo("payload-too-large");
        assertThat(bench.plara.snapshot()).isEqualTo(before);
    }

    private static byte[] gzip(byte[] bytes) throws java.io.IOException {
        var out = new ByteArrayOutputStream();
        try (var zipped = new GZIPOutputStream(out)) {
            zipped.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        var joined = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }
}
