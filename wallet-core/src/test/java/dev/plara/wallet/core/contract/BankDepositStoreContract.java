package dev.plara.wallet.core.contract;

import dev.plara.wallet.core.domain.deposit.BankDeposit;
import dev.plara.wallet.core.domain.deposit.DepositId;
import dev.plara.wallet.core.domain.deposit.DepositStatus;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.deposit.ReceiptRef;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.fixtures.TestClock;
import dev.plara.wallet.core.port.out.BankDepositStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@link BankDepositStore} contract, run against every implementation. */
public abstract class BankDepositStoreContract {

    private final TestClock clock = TestClock.standard();
    private BankDepositStore store;

    protected abstract BankDepositStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    @Test
    void anInsertedDepositIsFoundExactly() {
        var deposit = Samples.deposit("d1", "alice", "FT001", clock.tick());

        assertThat(store.insert(deposit)).isTrue();
        assertThat(store.find(new DepositId("d1"))).contains(deposit);
        assertThat(store.find(new DepositId("d404"))).isEmpty();
    }

    @Test
    void aTransactionCodeIsClaimedByOneLiveDepositUntilItIsRejected() {
        var first = Samples.deposit("d1", "alice", "FT001", clock.tick());
        store.insert(first);

        assertThat(store.insert(Samples.deposit("d2", "bob", "FT001", clock.tick()))).isFalse();
        assertThat(store.find(new DepositId("d2"))).isEmpty();

        var rejecting = first.rejecting("admin", clock.tick(), "blurry receipt");
        store.replace(DepositStatus.PENDING, rejecting);
        assertThat(store.insert(Samples.deposit("d3", "alice", "FT001", clock.tick()))).as("while rejecting").isFalse();
        store.replace(DepositStatus.REJECTING, rejecting.rejected());
        assertThat(store.insert(Samples.deposit("d4", "alice", "FT001", clock.tick()))).isTrue();
    }

    @Test
    void anApprovedDepositKeepsItsCode() {
        var first = Samples.deposit("d1", "alice", "FT001", clock.tick());
        store.insert(first);
        var approving = first.approving("admin", clock.tick());
        store.replace(DepositStatus.PENDING, approving);
        store.replace(DepositStatus.APPROVING, approving.approved());

        assertThat(store.insert(Samples.deposit("d2", "alice", "FT001", clock.tick()))).isFalse();
        assertThat(store.find(new DepositId("d1")).orElseThrow().status()).isEqualTo(DepositStatus.APPROVED);
    }

    @Test
    void aDepositIsFoundByTheReceiptItNamesWhateverItsStatus() {
        var deposit = Samples.deposit("d1", "alice", "FT001", clock.tick());
        store.insert(deposit);
        store.insert(Samples.deposit("d2", "bob", "FT002", clock.tick()));
        var rejected = deposit.rejected("admin", clock.tick(), "blurry receipt");
        store.replace(DepositStatus.PENDING, rejected);

        assertThat(store.withReceipt(deposit.receipt())).contains(rejected);
        assertThat(store.withReceipt(new ReceiptRef("r-404"))).isEmpty();
    }

    @Test
    void replaceIsACompareAndSetOnTheStatus() {
        var deposit = Samples.deposit("d1", "alice", "FT001", clock.tick());
        store.insert(deposit);
        var approving = deposit.approving("admin-1", clock.tick());

        assertThat(store.replace(DepositStatus.PENDING, approving)).isTrue();
        assertThat(store.replace(DepositStatus.PENDING, deposit.rejected("admin-2", clock.tick(), "late"))).isFalse();
        assertThat(store.find(deposit.id())).contains(approving);
    }

    @Test
    void ofTwoRacingDecisionsExactlyOneWins() {
        var deposit = Samples.deposit("d1", "alice", "FT001", clock.tick());
        store.insert(deposit);

        var approve = CompletableFuture.supplyAsync(() ->
                store.replace(DepositStatus.PENDING, deposit.approving("admin-1", clock.instant())));
        var reject = CompletableFuture.supplyAsync(() ->
                store.replace(DepositStatus.PENDING, deposit.rejected("admin-2", clock.instant(), "duplicate")));

        assertThat(approve.join() ^ reject.join()).isTrue();
    }

    @Test
    void theQueueIsOldestFirstAndUsersSeeTheirOwnNewestFirst() {
        store.insert(Samples.deposit("d1", "alice", "FT001", clock.tick()));
        store.insert(Samples.deposit("d2", "bob", "FT002", clock.tick()));
        store.insert(Samples.deposit("d3", "alice", "FT003", clock.tick()));
        var d2 = store.find(new DepositId("d2")).orElseThrow();
        store.replace(DepositStatus.PENDING, d2.rejected("admin", clock.tick(), "wrong amount"));

        assertThat(store.byStatus(DepositStatus.PENDING, PageRequest.first(10)).items()).extracting(BankDeposit::id)
                .containsExactly(new DepositId("d1"), new DepositId("d3"));
        assertThat(store.byStatus(DepositStatus.REJECTED, PageRequest.first(10)).items()).singleElement()
                .satisfies(rejected -> assertThat(rejected.review().reason()).isEqualTo("wrong amount"));
        var own = store.ofUser(UserId.of("alice"), new PageRequest(1, 1));
        assertThat(own.items()).extracting(BankDeposit::id).containsExactly(new DepositId("d3"));
        assertThat(own.total()).isEqualTo(2);
    }
}
