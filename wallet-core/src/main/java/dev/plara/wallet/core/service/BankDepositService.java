package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.BankDeposit;
import dev.plara.wallet.core.domain.BankDetails;
import dev.plara.wallet.core.domain.DepositId;
import dev.plara.wallet.core.domain.DepositStatus;
import dev.plara.wallet.core.domain.Page;
import dev.plara.wallet.core.domain.PageRequest;
import dev.plara.wallet.core.domain.Receipt;
import dev.plara.wallet.core.domain.UserId;
import dev.plara.wallet.core.port.in.ListDepositsUseCase;
import dev.plara.wallet.core.port.in.SubmitBankDepositUseCase;
import dev.plara.wallet.core.port.out.IdGenerator;
import dev.plara.wallet.core.port.out.ReceiptStore.StoredReceipt;

import java.time.Clock;
import java.util.Optional;

/** Bank deposits from the user's side: submitting a transfer with its receipt, and following submissions. */
public final class BankDepositService implements SubmitBankDepositUseCase, ListDepositsUseCase {

    private final WalletStores stores;
    private final WalletSettings settings;
    private final IdGenerator ids;
    private final Clock clock;

    BankDepositService(WalletStores stores, WalletSettings settings, IdGenerator ids, Clock clock) {
        this.stores = stores;
        this.settings = settings;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public SubmitResult submit(SubmitBankDeposit command) {
        var amount = command.amount();
        if (!amount.isPositive()) {
            return new SubmitResult.Invalid("the amount must be positive, not " + amount);
        }
        if (!settings.currencies().holds(amount.currency())) {
            return new SubmitResult.Invalid("wallets do not hold " + amount.currencyCode());
        }
        var problem = BankDetails.problemWith(command.senderName(), command.transactionCode(), command.phone());
        if (problem.isPresent()) {
            return new SubmitResult.Invalid(problem.get());
        }
        var details = BankDetails.of(command.senderName(), command.transactionCode(), command.phone());
        var now = clock.instant();
        var receipt = stores.receipts().put(command.receipt(), command.user(), now);
        var deposit = BankDeposit.submitted(new DepositId(ids.newId()), command.user(), amount, receipt, details, now);
        if (!stores.deposits().insert(deposit)) {
            stores.receipts().delete(receipt);
            return new SubmitResult.DuplicateTransactionCode(details.transactionCode());
        }
        return new SubmitResult.Submitted(deposit);
    }

    @Override
    public Page<BankDeposit> byStatus(DepositStatus status, PageRequest page) {
        return stores.deposits().byStatus(status, page);
    }

    @Override
    public Page<BankDeposit> ofUser(UserId user, PageRequest page) {
        return stores.deposits().ofUser(user, page);
    }

    @Override
    public Optional<BankDeposit> find(DepositId id) {
        return stores.deposits().find(id);
    }

    @Override
    public Optional<Receipt> receipt(DepositId id) {
        return find(id).flatMap(deposit -> stores.receipts().get(deposit.receipt())).map(StoredReceipt::receipt);
    }
}
