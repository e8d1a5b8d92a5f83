package dev.plara.bench;

import dev.plara.polar.webhook.WebhookSigner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The ingest benchmark's closing checks: redeliveries answered 2xx without effect, and every book exact. */
final class IngestChecks {

    private IngestChecks() {
    }

    /** Each checked target gets {@code again} once more (all must be answered 2xx), then its books are checked. */
    static List<Books.Check> run(IngestBenchmark.Plan plan, Map<String, Books> books,
                                 Map<String, ExpectedCredits> expected, List<Delivery> again, WebhookSigner signer)
            throws Exception {
        var checks = new ArrayList<Books.Check>();
        for (var entry : books.entrySet()) {
            var redelivered = IngestBenchmark.load(plan.target(entry.getKey()), again, 8, signer);
            var check = check(entry.getKey(), entry.getValue(), expected.get(entry.getKey()));
            if (!redelivered.allSucceeded()) {
                var differences = new ArrayList<>(check.differences());
                differences.add(redelivered.non2xx() + redelivered.failed() + " of " + again.size()
                        + " redeliveries not answered 2xx");
                check = new Books.Check(check.target(), check.orders(), check.creditedMinor(), differences);
            }
            checks.add(check);
        }
        return checks;
    }

    /** The books' check, or a failed one saying why they could not be read (the figures are printed all the same). */
    private static Books.Check check(String target, Books books, ExpectedCredits expected) {
        try {
            return books.check(expected);
        } catch (RuntimeException unreadable) {
            return new Books.Check(target, 0, 0, List.of("the books could not be read: " + unreadable.getMessage()
                    + (unreadable.getCause() == null ? "" : " (" + unreadable.getCause().getMessage() + ")")));
        }
    }
}
