package dev.plara.wallet.core.memory;

import dev.plara.wallet.core.domain.deposit.BankDeposit;
import dev.plara.wallet.core.domain.deposit.DepositId;
import dev.plara.wallet.core.domain.deposit.DepositStatus;
import dev.plara.wallet.core.domain.paging.Page;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.deposit.ReceiptRef;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.out.BankDepositStore;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Bank deposits in memory. */
public final class InMemoryBankDepositStore implements BankDepositStore {

    private final Map<DepositId, BankDeposit> deposits = new LinkedHashMap<>();

    @Override
    public synchronized boolean insert(BankDeposit deposit) {
        boolean codeTaken = deposits.values().stream().anyMatch(other -> other.status() != DepositStatus.REJECTED
                && other.transactionCode().equals(deposit.transactionCode()));
        if (codeTaken || deposits.containsKey(deposit.id())) {
            return false;
        }
        deposits.put(deposit.id(), deposit);
        return true;
    }

    @Override
    public synchronized Optional<BankDeposit> find(DepositId id) {
        return Optional.ofNullable(deposits.get(id));
    }

    @Override
    public synchronized boolean replace(DepositStatus expected, BankDeposit next) {
        var current = deposits.get(next.id());
        if (current == null || current.status() != expected) {
            return false;
        }
        deposits.put(next.id(), next);
        return true;
    }

    @Override
    public synchronized Page<BankDeposit> byStatus(DepositStatus status, PageRequest page) {
        return Page.of(deposits.values().stream().filter(deposit -> deposit.status() == status)
                .sorted(Comparator.comparing(BankDeposit::submittedAt)).toList(), page);
    }

    @Override
    public synchronized Page<BankDeposit> ofUser(UserId user, PageRequest page) {
        return Page.of(deposits.values().stream().filter(deposit -> deposit.user().equals(user))
                .sorted(Comparator.comparing(BankDeposit::submittedAt).reversed()).toList(), page);
    }

    @Override
    public synchronized Optional<BankDeposit> withReceipt(ReceiptRef receipt) {
        return deposits.values().stream().filter(deposit -> deposit.receipt().equals(receipt)).findFirst();
    }
}
