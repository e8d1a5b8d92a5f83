package dev.plara.app.receipts;

import dev.plara.wallet.core.domain.deposit.DepositStatus;
import dev.plara.wallet.core.domain.deposit.ReceiptUpload;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.user.UserProfile;
import dev.plara.wallet.core.embedding.WalletCore;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.fixtures.FakePaymentProvider;
import dev.plara.wallet.core.fixtures.HostileFiles;
import dev.plara.wallet.core.fixtures.ReceiptFiles;
import dev.plara.wallet.core.fixtures.SequentialIds;
import dev.plara.wallet.core.fixtures.TestClock;
import dev.plara.wallet.core.memory.InMemoryReceiptStore;
import dev.plara.wallet.core.memory.InMemoryStores;
import dev.plara.wallet.core.port.in.SubmitBankDepositUseCase.SubmitBankDeposit;
import dev.plara.wallet.core.port.in.SubmitBankDepositUseCase.SubmitResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service that embeds the core and calls the bank-deposit use case itself, with no HTTP form in between, still gets
 * its receipts inspected: a hostile file is refused and nothing is stored, a genuine one goes through.
 */
class EmbedderReceiptInspectionTest {

    private static final UserId ALICE = UserId.of("alice");

    @Test
    void aMaliciousReceiptSubmittedThroughTheUseCaseIsRefusedAndStoresNothing() {
        var stores = InMemoryStores.create();
        var core = new WalletCore(stores, new FakePaymentProvider().asProvider(), new FileReceiptInspector(),
                CoreHarness.usd().settings, TestClock.standard(), new SequentialIds("d"));
        stores.users().remember(new UserProfile(ALICE, "alice@example.org", "Alice"));

        var hostile = core.submitBankDeposit().submit(deposit(HostileFiles.pdfWithJavaScript(), "FT0001"));
        var polyglot = core.submitBankDeposit().submit(deposit(HostileFiles.pngThenHtml(), "FT0002"));

        assertThat(hostile).isEqualTo(new SubmitResult.ReceiptRefused("the PDF holds active content (JavaScript on"
                + " opening); send a plain PDF or a screenshot of the transfer"));
        assertThat(polyglot).isInstanceOf(SubmitResult.ReceiptRefused.class);
        assertThat(((InMemoryReceiptStore) stores.receipts()).size()).isZero();
        assertThat(core.listDeposits().ofUser(ALICE, PageRequest.first(10)).items()).isEmpty();

        var genuine = core.submitBankDeposit().submit(deposit(ReceiptFiles.pdf(), "FT0003"));

        assertThat(genuine).isInstanceOfSatisfying(SubmitResult.Submitted.class,
                submitted -> assertThat(submitted.deposit().status()).isEqualTo(DepositStatus.PENDING));
        assertThat(((InMemoryReceiptStore) stores.receipts()).size()).isEqualTo(1);
    }

    private static SubmitBankDeposit deposit(byte[] receipt, String code) {
        return new SubmitBankDeposit(ALICE, Money.usd(40_00), new ReceiptUpload(receipt, "application/pdf"),
                "Alice Abebe", code, "+251 911 234567");
    }
}
