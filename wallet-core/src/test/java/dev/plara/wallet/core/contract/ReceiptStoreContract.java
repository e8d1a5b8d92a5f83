package dev.plara.wallet.core.contract;

import dev.plara.wallet.core.domain.Receipt;
import dev.plara.wallet.core.domain.ReceiptType;
import dev.plara.wallet.core.domain.UserId;
import dev.plara.wallet.core.fixtures.ReceiptFiles;
import dev.plara.wallet.core.port.out.ReceiptStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@link ReceiptStore} contract, run against every implementation. */
public abstract class ReceiptStoreContract {

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
        var first = store.put(new Receipt(pdf, ReceiptType.PDF), UserId.of("alice"));
        var second = store.put(new Receipt(png, ReceiptType.PNG), UserId.of("bob"));

        assertThat(first).isNotEqualTo(second);
        var stored = store.get(first).orElseThrow();
        assertThat(stored.receipt().content()).isEqualTo(pdf);
        assertThat(stored.receipt().type()).isEqualTo(ReceiptType.PDF);
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

        var ref = store.put(new Receipt(bytes, ReceiptType.PNG), UserId.of("alice"));

        assertThat(store.get(ref).orElseThrow().receipt().content()).isEqualTo(bytes);
    }

    @Test
    void aDeletedReceiptIsGoneAndUnknownOnesAreIgnored() {
        var ref = store.put(new Receipt(ReceiptFiles.jpeg(), ReceiptType.JPEG), UserId.of("alice"));

        store.delete(ref);
        store.delete(ref);

        assertThat(store.get(ref)).isEmpty();
    }
}
