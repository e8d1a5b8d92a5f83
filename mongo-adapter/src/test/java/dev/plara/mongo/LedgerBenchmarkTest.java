package dev.plara.mongo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A smoke run of the benchmark: every credit and every funded purchase is appended; speed is not asserted. */
class LedgerBenchmarkTest {

    @Test
    void aSmallRunAppendsEveryCreditAndEveryFundedPurchase() throws Exception {
        var figures = LedgerBenchmark.run(InProcessMongo.shared().freshStores().ledger(), 200, 2, 4);

        assertThat(figures.credits()).isEqualTo(200);
        assertThat(figures.purchases()).isEqualTo(200);
        assertThat(figures.creditsPerSecond()).isPositive();
    }
}
