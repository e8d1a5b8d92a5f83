package dev.plara.wallet.core.contract;

import dev.plara.wallet.core.domain.deposit.Receipt;
import dev.plara.wallet.core.domain.deposit.ReceiptFormat;
import dev.plara.wallet.core.domain.deposit.ReceiptRef;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.fixtures.ReceiptFiles;
import dev.plara.wallet.core.port.out.ReceiptStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@link ReceiptStore} contract, run against every implementation. */
public abstract class ReceiptStoreContract {

    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

    private ReceiptStore store;

    protected abstract ReceiptStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    @Test
    void receiptsComeBackByteForByteWithTypeAndOwner() {
        var pdf = ReceiptFiles.pdf();
        var png = ReceiptFiles.png();
        var first = store.put(new Receipt(pdf, ReceiptFormat.PDF), UserId.of("alice"), T0);
        var second = store.put(new Receipt(png, ReceiptFormat.PNG), UserId.of("bob"), T0);

        assertThat(first).isNotEqualTo(second);
        var stored = store.get(first).orElseThrow();
        assertThat(stored.receipt().content()).isEqualTo(pdf);
        assertThat(stored.receipt().type()).isEqualTo(ReceiptFormat.PDF);
        assertThat(stored.owner()).isEqualTo(UserId.of("alice"));
        assertThat(store.get(second).orElseThrow().receipt().content()).isEqualTo(png);
    }

    @Test
    void aLargeReceiptSurvivesWhole() {
        var bytes = new byte[Receipt.MAX_BYTES];
        new Random(7).nextBytes(bytes);
        var png = ReceiptFiles.png();
        System.arraycopy(png, 0, bytes, 0, 8);
        System.arraycopy(png, png.length - 8, bytes, bytes.length - 8, 8);

        var ref = store.put(new Receipt(bytes, ReceiptFormat.PNG), UserId.of("alice"), T0);

        assertThat(store.get(ref).orElseThrow().receipt().content()).isEqualTo(bytes);
    }

    @Test
    void aDeletedReceiptIsGoneAndUnknownOnesAreIgnored() {
        var ref = store.put(new Receipt(ReceiptFiles.jpeg(), ReceiptFormat.JPEG), UserId.of("alice"), T0);

        store.delete(ref);
        store.delete(ref);

        assertThat(store.get(ref)).isEmpty();
        assertThat(store.unclaimedBefore(T0.plusSeconds(1), 10)).isEmpty();
    }

    @Test
    void receiptsNoDepositClaimedAreListedOldestFirstOnceStoredBeforeTheCutoff() {
        var newer = store.put(new Receipt(ReceiptFiles.png(), ReceiptFormat.PNG), UserId.of("bob"), T0.plusSeconds(60));
        var older = store.put(new Receipt(ReceiptFiles.pdf(), ReceiptFormat.PDF), UserId.of("alice"), T0);

        assertThat(store.unclaimedBefore(T0, 10)).isEmpty();
        assertThat(store.unclaimedBefore(T0.plusSeconds(60), 10)).containsExactly(older);
        assertThat(store.unclaimedBefore(T0.plusSeconds(61), 10)).containsExactly(older, newer);
        assertThat(store.unclaimedBefore(T0.plusSeconds(61), 1)).containsExactly(older);
    }

    @Test
    void aClaimedReceiptIsKeptButNoLongerListed() {
        var claimed = store.put(new Receipt(ReceiptFiles.png(), ReceiptFormat.PNG), UserId.of("alice"), T0);
        var unclaimed = store.put(new Receipt(ReceiptFiles.pdf(), ReceiptFormat.PDF), UserId.of("bob"), T0);

        store.claim(claimed);
        store.claim(claimed);
        store.claim(new ReceiptRef("0123456789abcdef01234567"));

        assertThat(store.unclaimedBefore(T0.plusSeconds(1), 10)).containsExactly(unclaimed);
        assertThat(store.get(claimed).orElseThrow().owner()).isEqualTo(UserId.of("alice"));
    }
}
