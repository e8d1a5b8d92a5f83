package dev.plara.wallet.core.domain.ledger;

import dev.plara.wallet.core.domain.deposit.BankDeposit;
import dev.plara.wallet.core.domain.deposit.DepositId;
import dev.plara.wallet.core.domain.deposit.ReceiptRef;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

/** An approved bank transfer credited a wallet: the deposit, the transfer's details and receipt, and its reviewer. */
public record BankDepositFacts(DepositId depositId, String transactionCode, String senderName, String phone,
                               ReceiptRef receipt, String reviewer, Instant reviewedAt) implements EntryFacts {

    public BankDepositFacts {
        Objects.requireNonNull(depositId, "deposit id");
        Objects.requireNonNull(transactionCode, "transaction code");
    }

    public static BankDepositFacts of(BankDeposit deposit, String reviewer, Instant reviewedAt) {
        return new BankDepositFacts(deposit.id(), deposit.transactionCode(), deposit.senderName(), deposit.phone(),
                deposit.receipt(), reviewer, reviewedAt);
    }

    @Override
    public <T> T match(Function<CardDepositFacts, T> card, Function<BankDepositFacts, T> bank,
                       Function<PurchaseFacts, T> purchase, Function<RefundFacts, T> refund) {
        return bank.apply(this);
    }

    @Override
    public String reference() {
        return transactionCode;
    }

    @Override
    public String description() {
        return null;
    }
}
