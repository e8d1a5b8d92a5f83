package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.deposit.BankDeposit;
import dev.plara.wallet.core.domain.deposit.BankDepositRules;
import dev.plara.wallet.core.domain.deposit.BankDetails;
import dev.plara.wallet.core.domain.deposit.DepositId;
import dev.plara.wallet.core.domain.deposit.DepositStatus;
import dev.plara.wallet.core.domain.deposit.Receipt;
import dev.plara.wallet.core.domain.money.CurrencyRules;
import dev.plara.wallet.core.domain.paging.Page;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.in.ListDepositsUseCase;
import dev.plara.wallet.core.port.in.SubmitBankDepositUseCase.SubmitBankDeposit;
import dev.plara.wallet.core.port.in.SubmitBankDepositUseCase.SubmitResult;
import dev.plara.wallet.core.port.in.SubmitBankDepositUseCase;
import dev.plara.wallet.core.port.out.BankDepositStore;
import dev.plara.wallet.core.port.out.IdGenerator;
import dev.plara.wallet.core.port.out.ReceiptInspector;
import dev.plara.wallet.core.port.out.ReceiptStore.StoredReceipt;
import dev.plara.wallet.core.port.out.ReceiptStore;

import java.time.Clock;
import java.util.Optional;

/**
 * Bank deposits from the user's side: submitting a transfer with its receipt (inspected before anything is stored),
 * and following submissions.
 */
public final class BankDepositService implements SubmitBankDepositUseCase, ListDepositsUseCase {

    private final ReceiptInspector inspector;
    private final BankDepositStore deposits;
    private final ReceiptStore receipts;
    private final CurrencyRules currencies;
    private final BankDepositRules rules;
    private final IdGenerator ids;
    private final Clock clock;

    public BankDepositService(ReceiptInspector inspector, BankDepositStore deposits, ReceiptStore receipts,
                              CurrencyRules currencies, BankDepositRules rules, IdGenerator ids, Clock clock) {
        this.inspector = inspector;
        this.deposits = deposits;
        this.receipts = receipts;
        this.currencies = currencies;
        this.rules = rules;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public SubmitResult submit(SubmitBankDeposit command) {
        return inspector.inspect(command.receipt()).match(accepted -> submit(command, accepted.receipt()),
                refused -> new SubmitResult.ReceiptRefused(refused.reason()));
    }

    /** Checks and stores a submission whose receipt passed inspection. */
    private SubmitResult submit(SubmitBankDeposit command, Receipt inspected) {
        var amount = command.amount();
        if (!amount.isPositive()) {
            return new SubmitResult.Invalid("the amount must be positive, not " + amount);
        }
        if (!currencies.holds(amount.currency())) {
            return new SubmitResult.Invalid("wallets do not hold " + amount.currencyCode());
        }
        var tooMuch = rules.refusalFor(amount);
        if (tooMuch.isPresent()) {
            return new SubmitResult.Invalid(tooMuch.get());
        }
        var problem = BankDetails.problemWith(command.senderName(), command.transactionCode(), command.phone());
        if (problem.isPresent()) {
            return new SubmitResult.Invalid(problem.get());
        }
        var details = BankDetails.of(command.senderName(), command.transactionCode(), command.phone());
        var now = clock.instant();
        var receipt = receipts.put(inspected, command.user(), now);
        var deposit = BankDeposit.submitted(new DepositId(ids.newId()), command.user(), amount, receipt, details, now);
        if (!deposits.insert(deposit)) {
            receipts.delete(receipt);
            return new SubmitResult.DuplicateTransactionCode(details.transactionCode());
        }
        return new SubmitResult.Submitted(deposit);
    }

    @Override
    public Page<BankDeposit> byStatus(DepositStatus status, PageRequest page) {
        return deposits.byStatus(status, page);
    }

    @Override
    public Page<BankDeposit> ofUser(UserId user, PageRequest page) {
        return deposits.ofUser(user, page);
    }

    @Override
    public Optional<BankDeposit> find(DepositId id) {
        return deposits.find(id);
    }

    @Override
    public Optional<Receipt> receipt(DepositId id) {
        return find(id).flatMap(deposit -> receipts.get(deposit.receipt())).map(StoredReceipt::receipt);
    }
}
