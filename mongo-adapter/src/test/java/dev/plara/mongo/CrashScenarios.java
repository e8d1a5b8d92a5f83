package dev.plara.mongo;

import dev.plara.wallet.core.domain.deposit.BankDeposit;
import dev.plara.wallet.core.domain.deposit.BankDetails;
import dev.plara.wallet.core.domain.access.CatalogItem;
import dev.plara.wallet.core.domain.deposit.DepositId;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.access.ItemKind;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.deposit.ReceiptRef;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.user.UserProfile;
import dev.plara.wallet.core.domain.payment.CompletedRefund;
import dev.plara.wallet.core.port.in.AssignUnmatchedPaymentUseCase.AssignPayment;
import dev.plara.wallet.core.domain.payment.PaidDeposit;
import dev.plara.wallet.core.domain.payment.PaidProductOrder;
import dev.plara.wallet.core.port.in.PurchaseContentUseCase.PurchaseContent;
import dev.plara.wallet.core.port.in.ReviewBankDepositUseCase.ApproveDeposit;
import dev.plara.wallet.core.port.in.ReviewBankDepositUseCase.RejectDeposit;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import static dev.plara.mongo.CoreOnMongo.T0;

/**
 * The core's own units of work on the Mongo stores (a card payment, a content purchase, a bank deposit approval and
 * rejection, a refund, an admin crediting a parked payment, a parked payment credited when its order comes again, a
 * direct product purchase and its refund), each with what
 * has to be there before it, and the recovery the system runs by itself: {@code repairUnsettled()}
 * and the core's sweep.
 */
final class CrashScenarios {

    /**
     * What to prepare and the unit of work to crash. A unit {@code redeliveredByPolar} is run by a webhook, which Plara
     * answers 2xx only once the unit is done and the delivery's inbox document written: a crash before leaves Polar
     * redelivering it (it retries any delivery without a 2xx), so the system's own recovery includes running the unit
     * again.
     */
    record Scenario(String name, Consumer<MongoPlaraStores> setup, Consumer<MongoPlaraStores> unit,
                    boolean redeliveredByPolar) {
        Scenario(String name, Consumer<MongoPlaraStores> setup, Consumer<MongoPlaraStores> unit) {
            this(name, setup, unit, false);
        }

        /** What the system does by itself after this unit crashed. */
        Consumer<MongoPlaraStores> systemRecovery() {
            return redeliveredByPolar ? unit.andThen(CrashScenarios::recover) : CrashScenarios::recover;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final UserId ANN = UserId.of("ann");
    private static final ItemId VIDEO = ItemId.of("video-7");
    private static final DepositId DEPOSIT = new DepositId("dep-1");

    private CrashScenarios() {
    }

    static List<Scenario> all() {
        return List.of(
                new Scenario("card payment", CrashScenarios::knownUser, s -> pay(s, "o-1", Money.usd(20_00))),
                new Scenario("content purchase", CrashScenarios::funded, s -> CoreOnMongo.on(s).purchaseContent()
                        .purchase(new PurchaseContent(ANN, VIDEO))),
                new Scenario("bank deposit approval", CrashScenarios::submittedDeposit, s -> CoreOnMongo.on(s)
                        .reviewBankDeposit().approve(new ApproveDeposit(DEPOSIT, "admin"))),
                new Scenario("refund", CrashScenarios::funded, s -> CoreOnMongo.on(s).applyRefund()
                        .apply(CompletedRefund.untaxed("r-1", "o-0", Money.usd(25_00), T0))),
                new Scenario("bank deposit rejection", CrashScenarios::submittedDeposit, s -> CoreOnMongo.on(s)
                        .reviewBankDeposit().reject(new RejectDeposit(DEPOSIT, "admin", "no such transfer"))),
                new Scenario("unmatched payment assignment", CrashScenarios::parkedPayment, s -> CoreOnMongo.on(s)
                        .assignUnmatchedPayment().assign(new AssignPayment("o-9", ANN, "admin", "matched by email"))),
                new Scenario("parked payment credited when its order comes again", CrashScenarios::parkedBeforeSignIn,
                        s -> pay(s, "o-8", Money.usd(15_00)), true),
                new Scenario("product order fulfilment", CrashScenarios::knownUser, CrashScenarios::buyProduct, true),
                new Scenario("product order refund", CrashScenarios::boughtProduct, s -> CoreOnMongo.on(s)
                        .applyRefund().apply(CompletedRefund.untaxed("r-2", "po-1", Money.usd(9_00), T0)), true));
    }

    /**
     * What a running server does by itself after another one crashed: catch up the wallet caches an unsettled
     * entry names, then the core's sweep, and its next run, late enough for reserved refund debits to count as left
     * behind.
     */
    static void recover(MongoPlaraStores stores) {
        stores.repairUnsettled();
        CoreOnMongo.on(stores).sweep().sweep();
        CoreOnMongo.at(stores, CoreOnMongo.T0.plus(Duration.ofMinutes(5))).sweep().sweep();
    }

    private static void knownUser(MongoPlaraStores s) {
        s.users().remember(new UserProfile(ANN, "ann@example.org", "Ann"));
    }

    private static void funded(MongoPlaraStores s) {
        knownUser(s);
        s.catalog().save(new CatalogItem(VIDEO, ItemKind.VIDEO, "Video 7", "A film", Money.usd(12_00), null, "/v/7"));
        pay(s, "o-0", Money.usd(20_00));
    }

    private static void submittedDeposit(MongoPlaraStores s) {
        knownUser(s);
        s.deposits().bankDeposits().insert(BankDeposit.submitted(DEPOSIT, ANN, Money.etb(750_00), new ReceiptRef("r-1"),
                BankDetails.of("Abebe Kebede", "FT-9001", "+251911000000"), T0));
    }

    /** A payment for a user Plara has never seen, parked for an admin. */
    private static void parkedPayment(MongoPlaraStores s) {
        knownUser(s);
        CoreOnMongo.on(s).confirmCardPayment().confirm(PaidDeposit.untaxed("o-9", null, "stranger", "ann@example.org",
                Money.usd(15_00), T0));
    }

    /** A payment of Ann's parked because she had not signed in yet; she has since. */
    private static void parkedBeforeSignIn(MongoPlaraStores s) {
        pay(s, "o-8", Money.usd(15_00));
        knownUser(s);
    }

    private static void boughtProduct(MongoPlaraStores s) {
        knownUser(s);
        buyProduct(s);
    }

    private static void buyProduct(MongoPlaraStores s) {
        CoreOnMongo.on(s).fulfilProductOrder().fulfil(new PaidProductOrder("po-1", null, ANN.value(),
                "ann@example.org", "prod-ebook", "The e-book", Money.usd(9_00), null, T0));
    }

    private static void pay(MongoPlaraStores s, String orderId, Money amount) {
        CoreOnMongo.on(s).confirmCardPayment().confirm(PaidDeposit.untaxed(orderId, null, ANN.value(), "ann@example.org",
                amount, T0));
    }
}
