package dev.plara.mongo;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import dev.plara.wallet.core.domain.access.CatalogItem;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.access.ItemKind;
import dev.plara.wallet.core.domain.deposit.BankDeposit;
import dev.plara.wallet.core.domain.deposit.BankDetails;
import dev.plara.wallet.core.domain.deposit.DepositId;
import dev.plara.wallet.core.domain.deposit.ReceiptRef;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.PaidDeposit;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.embedding.WalletCore;
import dev.plara.wallet.core.port.in.PurchaseContentUseCase.PurchaseContent;
import dev.plara.wallet.core.port.in.ReviewBankDepositUseCase.ApproveDeposit;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

import static dev.plara.mongo.CoreOnMongo.T0;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The follow-ups of a posted entry (the owner's notification, the operators' line, the grant, the deposit's status) are
 * acknowledged by a majority before its settle mark, the one write acknowledged by the primary alone, is sent: one
 * acknowledged by a primary alone could be rolled back after a failover while the mark lands on the new primary, and
 * only unsettled entries are settled again ({@code LedgerStore.markSettled}). Through the real driver, in order.
 */
class FollowUpWriteConcernTest {

    private static final UserId ANN = UserId.of("ann");
    private static final ItemId VIDEO = ItemId.of("video-7");
    private static final DepositId DEPOSIT = new DepositId("dep-1");
    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findAndModify");

    @TempDir
    Path dir;

    private final List<String> writes = new CopyOnWriteArrayList<>();

    @Test
    void aCardCreditsFollowUpsWaitForAMajorityBeforeItsMark() {
        withCore((stores, core) -> {
            pay(core, "o-1");

            assertThat(writes).containsExactly("update wallets", "insert ledger_entries", "update wallets w:1",
                    "update notifications", "update outbox", "update ledger_entries w:1");
        });
    }

    @Test
    void aPurchasesGrantAndNotificationWaitForAMajorityBeforeItsMark() {
        withCore((stores, core) -> {
            stores.catalog().save(new CatalogItem(VIDEO, ItemKind.VIDEO, "Video 7", "A film", Money.usd(12_00), null,
                    "/v/7"));
            pay(core, "o-1");
            writes.clear();

            core.purchaseContent().purchase(new PurchaseContent(ANN, VIDEO));

            assertThat(writes).containsExactly("insert ledger_entries", "update grants", "update notifications",
                    "update ledger_entries w:1");
        });
    }

    @Test
    void aBankApprovalsFollowUpsWaitForAMajorityBeforeItsMark() {
        withCore((stores, core) -> {
            stores.deposits().bankDeposits().insert(BankDeposit.submitted(DEPOSIT, ANN, Money.etb(750_00),
                    new ReceiptRef("r-1"), BankDetails.of("Abebe Kebede", "FT-9001", "+251911000000"), T0));
            writes.clear();

            core.reviewBankDeposit().approve(new ApproveDeposit(DEPOSIT, "admin"));

            assertThat(writes).containsExactly("update bank_deposits", "update wallets", "insert ledger_entries",
                    "update wallets w:1", "update bank_deposits", "update notifications", "update outbox",
                    "update ledger_entries w:1");
        });
    }

    private static void pay(WalletCore core, String orderId) {
        core.confirmCardPayment().confirm(PaidDeposit.untaxed(orderId, null, ANN.value(), "ann@example.org",
                Money.usd(20_00), T0));
    }

    private void withCore(BiConsumer<MongoPlaraStores, WalletCore> test) {
        RecordedStores.withStores(dir, recorder(), stores -> {
            writes.clear();
            test.accept(stores, CoreOnMongo.on(stores));
        });
    }

    /** Records each write as its command, its collection and {@code w:1} when it asks the primary alone. */
    private CommandListener recorder() {
        return new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                var target = event.getCommand().get(event.getCommandName());
                if (WRITES.contains(event.getCommandName()) && target != null && target.isString()) {
                    var concern = event.getCommand().getDocument("writeConcern", new BsonDocument()).get("w");
                    boolean primaryAlone = concern != null && concern.isInt32() && concern.asInt32().getValue() == 1;
                    writes.add(event.getCommandName() + " " + target.asString().getValue()
                            + (primaryAlone ? " w:1" : ""));
                }
            }
        };
    }
}
