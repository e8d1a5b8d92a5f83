package dev.plara.mongo;

import dev.plara.wallet.core.domain.BankDeposit;
import dev.plara.wallet.core.domain.BankDetails;
import dev.plara.wallet.core.domain.Channel;
import dev.plara.wallet.core.domain.DepositId;
import dev.plara.wallet.core.domain.DepositStatus;
import dev.plara.wallet.core.domain.Entitlement;
import dev.plara.wallet.core.domain.EntitlementStatus;
import dev.plara.wallet.core.domain.EntryKind;
import dev.plara.wallet.core.domain.LedgerEntry;
import dev.plara.wallet.core.domain.Money;
import dev.plara.wallet.core.domain.Notification;
import dev.plara.wallet.core.domain.NotificationKind;
import dev.plara.wallet.core.domain.OutboxMessage;
import dev.plara.wallet.core.domain.PostedEntry;
import dev.plara.wallet.core.domain.ReceiptRef;
import dev.plara.wallet.core.domain.UserId;
import dev.plara.wallet.core.port.out.AppendResult;
import dev.plara.wallet.core.port.out.Overdraft;

import java.util.List;
import java.util.function.Consumer;

import static dev.plara.mongo.Entries.T0;

/**
 * Units of work shaped like the core's (a card credit, a purchase with its follow-ups, a bank deposit approval), each
 * with the sweep that finishes what a crash left: {@code repair()} plus the core sweeper's duties (follow-ups of
 * unsettled entries, deposits stuck in {@code APPROVING}).
 */
final class CrashScenarios {

    /** What to prepare, the unit to crash, and how the system recovers without the caller. */
    record Scenario(String name, Consumer<MongoPlaraStores> setup, Consumer<MongoPlaraStores> unit,
                    Consumer<MongoPlaraStores> sweep) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final DepositId DEPOSIT = new DepositId("dep-1");
    private static final Money AMOUNT = Money.etb(750_00);

    private CrashScenarios() {
    }

    static List<Scenario> all() {
        return List.of(
                new Scenario("first card credit of a wallet", s -> { },
                        s -> s.ledger().append(Entries.cardCredit("ann", "o-1", Money.usd(20_00)), Overdraft.FORBIDDEN),
                        MongoPlaraStores::repair),
                new Scenario("purchase with entitlement, notification and settlement", CrashScenarios::fund,
                        CrashScenarios::purchase, CrashScenarios::sweepUnsettled),
                new Scenario("bank deposit approval", CrashScenarios::submitDeposit, CrashScenarios::approve,
                        CrashScenarios::sweepApprovals));
    }

    private static void fund(MongoPlaraStores s) {
        s.ledger().append(Entries.cardCredit("ann", "o-1", Money.usd(20_00)), Overdraft.FORBIDDEN);
        s.ledger().markSettled(Entries.cardCredit("ann", "o-1", Money.usd(20_00)).key());
    }

    private static void purchase(MongoPlaraStores s) {
        s.unitOfWork().run(() -> {
            var result = s.ledger().append(Entries.purchase("ann", "video-7", Money.usd(12_00)), Overdraft.FORBIDDEN);
            if (result instanceof AppendResult.Appended appended) {
                followUps(s, appended.posted());
            } else if (result instanceof AppendResult.AlreadyApplied repeated) {
                followUps(s, repeated.existing());
            }
            return result;
        });
    }

    private static void sweepUnsettled(MongoPlaraStores s) {
        s.repair();
        s.ledger().unsettled(100).forEach(posted -> followUps(s, posted));
    }

    private static void followUps(MongoPlaraStores s, PostedEntry posted) {
        LedgerEntry entry = posted.entry();
        UserId user = entry.wallet().owner();
        if (entry.kind() == EntryKind.PURCHASE) {
            s.entitlements().putIfNewer(new Entitlement(user, entry.facts().itemId(), entry.key().value(),
                    EntitlementStatus.ACTIVE, entry.recordedAt(), null, 1));
        }
        s.notifications().add(Notification.unread(entry.key().value(), user, NotificationKind.PURCHASE,
                "bought " + entry.facts().notes(), entry.amount(), entry.recordedAt()));
        s.ledger().markSettled(entry.key());
    }

    private static void submitDeposit(MongoPlaraStores s) {
        s.bankDeposits().insert(BankDeposit.submitted(DEPOSIT, UserId.of("ann"), AMOUNT, new ReceiptRef("r-1"),
                BankDetails.of("Abebe Kebede", "FT-9001", "+251911000000"), T0));
    }

    private static void approve(MongoPlaraStores s) {
        s.unitOfWork().run(() -> {
            BankDeposit deposit = s.bankDeposits().find(DEPOSIT).orElseThrow();
            if (deposit.status() == DepositStatus.PENDING) {
                s.bankDeposits().replace(DepositStatus.PENDING, deposit.approving("admin", T0.plusSeconds(60)));
            }
            finishApproval(s);
            return null;
        });
    }

    private static void sweepApprovals(MongoPlaraStores s) {
        s.repair();
        if (s.bankDeposits().find(DEPOSIT).orElseThrow().status() == DepositStatus.APPROVING) {
            finishApproval(s);
        }
    }

    private static void finishApproval(MongoPlaraStores s) {
        BankDeposit deposit = s.bankDeposits().find(DEPOSIT).orElseThrow();
        if (deposit.status() != DepositStatus.APPROVING) {
            return;
        }
        LedgerEntry credit = Entries.bankCredit("ann", DEPOSIT.value(), deposit.transactionCode(), AMOUNT);
        s.ledger().append(credit, Overdraft.FORBIDDEN);
        s.notifications().add(Notification.unread(credit.key().value(), deposit.user(),
                NotificationKind.DEPOSIT_APPROVED, "deposit approved", AMOUNT, T0.plusSeconds(60)));
        s.outbox().enqueue(new OutboxMessage("telegram:" + credit.key(), Channel.TELEGRAM, null, null,
                "ann +750 ETB", T0.plusSeconds(60)));
        s.ledger().markSettled(credit.key());
        s.bankDeposits().replace(DepositStatus.APPROVING, deposit.approved());
    }
}
