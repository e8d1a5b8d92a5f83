package dev.plara.app;

import java.util.List;
import java.util.Random;

/** Random parts of webhook deliveries, mostly wrong and sometimes nearly right, drawn from a seeded source. */
final class RandomWebhookInput {

    private final Random random;
    private final FundedPlara funded;

    RandomWebhookInput(Random random, FundedPlara funded) {
        this.random = random;
        this.funded = funded;
    }

    /** A signature: printable junk, or a real signature of another forged body, so never one that matches. */
    String signature(String id) {
        return random.nextInt(4) == 0 ? WebhookForger.signature(WebhookForger.standardKey(), id, WebhookForger.now(),
                funded.forgedOrderPaid(random, 10_00)) : printable(1 + random.nextInt(120));
    }

    /** A body: empty, random bytes (some just under or over 1 MiB), a forged order, or one with bytes flipped. */
    byte[] body(int i) {
        return switch (i % 10) {
            case 0 -> new byte[0];
            case 1 -> randomBytes(1024 * 1024 - random.nextInt(3));
            case 2 -> randomBytes(1024 * 1024 + 1 + random.nextInt(3));
            case 3, 4 -> funded.forgedOrderPaid(random, 1 + random.nextInt(100_000));
            case 5, 6 -> {
                var forged = funded.forgedOrderPaid(random, 50_00);
                forged[random.nextInt(forged.length)] = (byte) random.nextInt(256);
                yield forged;
            }
            default -> randomBytes(random.nextInt(4096));
        };
    }

    String timestamp() {
        long now = WebhookForger.now();
        return pick(List.of(String.valueOf(now), String.valueOf(now - 301), String.valueOf(now + 400), "-1", "0",
                "99999999999999999999", "1e9", " " + now + " ", printable(12), ""));
    }

    String maybe(String value) {
        return random.nextInt(4) == 0 ? null : value;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    byte[] randomBytes(int size) {
        var bytes = new byte[size];
        random.nextBytes(bytes);
        return bytes;
    }

    String printable(int length) {
        var text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) ('!' + random.nextInt(94)));
        }
        return text.toString();
    }

    String token() {
        return Integer.toString(random.nextInt(1_000_000), 36);
    }
}
