package dev.plara.mongo;

import dev.plara.wallet.core.domain.deposit.BankDeposit;
import dev.plara.wallet.core.domain.deposit.BankDetails;
import dev.plara.wallet.core.domain.deposit.DepositId;
import dev.plara.wallet.core.domain.deposit.Receipt;
import dev.plara.wallet.core.domain.deposit.ReceiptFormat;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.fixtures.ReceiptFiles;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.plara.mongo.CoreOnMongo.T0;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On MongoDB and GridFS, the sweep deletes a receipt whose deposit was never inserted (a crash between the two writes
 * of a submission) once it is over an hour old, and keeps every receipt a deposit names and every younger one.
 */
class OrphanReceiptSweepTest {

    private static final UserId ANN = UserId.of("ann");

    private final MongoPlaraStores stores = InProcessMongo.shared().freshStores();

    @Test
    void theSweepDeletesOnlyAnHourOldReceiptThatNoDepositNames() {
        var twoHoursAgo = T0.minus(Duration.ofHours(2));
        var receipts = stores.deposits().receipts();
        var named = receipts.put(new Receipt(ReceiptFiles.png(), ReceiptFormat.PNG), ANN, twoHoursAgo);
        stores.deposits().bankDeposits().insert(BankDeposit.submitted(new DepositId("dep-1"), ANN, Money.etb(750_00), named,
                BankDetails.of("Abebe Kebede", "FT-9001", "+251911000000"), twoHoursAgo));
        var orphan = receipts.put(new Receipt(ReceiptFiles.pdf(), ReceiptFormat.PDF), ANN, twoHoursAgo);
        var recent = receipts.put(new Receipt(ReceiptFiles.jpeg(), ReceiptFormat.JPEG), ANN, T0.minusSeconds(60));

        var report = CoreOnMongo.on(stores).sweep().sweep();

        assertThat(report.orphanReceiptsDeleted()).isEqualTo(1);
        assertThat(receipts.get(orphan)).isEmpty();
        assertThat(receipts.get(named)).isPresent();
        assertThat(receipts.get(recent)).isPresent();
        assertThat(receipts.unclaimedBefore(T0, 10)).containsExactly(recent);
    }
}
