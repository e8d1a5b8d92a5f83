package dev.plara.mongo;

import dev.plara.wallet.core.domain.Account;
import dev.plara.wallet.core.domain.BankDeposit;
import dev.plara.wallet.core.domain.BankDetails;
import dev.plara.wallet.core.domain.Conversion;
import dev.plara.wallet.core.domain.DepositId;
import dev.plara.wallet.core.domain.EntryFacts;
import dev.plara.wallet.core.domain.EntryKind;
import dev.plara.wallet.core.domain.IdempotencyKey;
import dev.plara.wallet.core.domain.ItemId;
import dev.plara.wallet.core.domain.LedgerEntry;
import dev.plara.wallet.core.domain.Money;
import dev.plara.wallet.core.domain.ReceiptRef;
import dev.plara.wallet.core.domain.UserId;

import java.time.Instant;

/** Ledger entries as the core's use cases build them, for tests. */
final class Entries {

    static final Instant T0 = Instant.parse("2026-04-01T10:00:00Z");

    private Entries() {
    }

    static Account wallet(String user, Money like) {
        return Account.wallet(UserId.of(user), like.currency());
    }

    static LedgerEntry cardCredit(String user, String orderId, Money amount) {
        return new LedgerEntry(IdempotencyKey.polarOrder(orderId), Account.polarClearing(amount.currency()),
                wallet(user, amount), amount, EntryKind.CARD_DEPOSIT,
                EntryFacts.polarOrder(orderId, user + "@example.com", Conversion.identity(amount.currency()), amount),
                T0);
    }

    static LedgerEntry bankCredit(String user, String depositId, String code, Money amount) {
        var deposit = BankDeposit.submitted(new DepositId(depositId), UserId.of(user), amount, new ReceiptRef("r-1"),
                BankDetails.of("Abebe Kebede", code, "+251911000000"), T0);
        return new LedgerEntry(IdempotencyKey.bankDeposit(deposit.id()), Account.bankClearing(amount.currency()),
                wallet(user, amount), amount, EntryKind.BANK_DEPOSIT, EntryFacts.bankDeposit(deposit, "admin", T0), T0);
    }

    static LedgerEntry purchase(String user, String item, Money price) {
        var itemId = ItemId.of(item);
        return new LedgerEntry(IdempotencyKey.purchase(UserId.of(user), itemId), wallet(user, price),
                Account.contentRevenue(price.currency()), price, EntryKind.PURCHASE,
                EntryFacts.purchase(itemId, "Item " + item), T0);
    }

    static LedgerEntry refund(String user, String refundId, String orderId, Money amount) {
        return new LedgerEntry(IdempotencyKey.polarRefund(refundId), wallet(user, amount),
                Account.polarClearing(amount.currency()), amount, EntryKind.REFUND,
                EntryFacts.polarRefund(orderId, "refund", Conversion.identity(amount.currency()), amount), T0);
    }

    static LedgerEntry at(LedgerEntry entry, Instant recordedAt) {
        return new LedgerEntry(entry.key(), entry.debit(), entry.credit(), entry.amount(), entry.kind(), entry.facts(),
                recordedAt);
    }
}
