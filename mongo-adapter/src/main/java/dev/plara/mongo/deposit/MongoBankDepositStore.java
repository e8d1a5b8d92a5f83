package dev.plara.mongo.deposit;

import com.mongodb.MongoException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import dev.plara.mongo.collection.DocumentValues;
import dev.plara.mongo.collection.DuplicateKey;
import dev.plara.mongo.collection.StoreCollection;
import dev.plara.wallet.core.domain.deposit.BankDeposit;
import dev.plara.wallet.core.domain.deposit.DepositId;
import dev.plara.wallet.core.domain.deposit.DepositStatus;
import dev.plara.wallet.core.domain.deposit.ReceiptRef;
import dev.plara.wallet.core.domain.paging.Page;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.out.BankDepositStore;

import java.util.Optional;

/**
 * Bank deposits in {@code bank_deposits}: inserts are refused by the unique index on the live transaction code, and
 * every status change is a replace guarded by the expected status, so of two racing reviews one wins.
 */
public final class MongoBankDepositStore implements BankDepositStore {

    private final StoreCollection deposits;

    public MongoBankDepositStore(StoreCollection deposits) {
        this.deposits = deposits;
    }

    @Override
    public boolean insert(BankDeposit deposit) {
        if (deposits.first(Filters.eq(BankDepositMapper.ACTIVE_CODE, deposit.transactionCode())) != null) {
            return false;
        }
        return deposits.tryInsert(BankDepositMapper.toDocument(deposit));
    }

    @Override
    public Optional<BankDeposit> find(DepositId id) {
        return Optional.ofNullable(deposits.byId(id.value())).map(BankDepositMapper::fromDocument);
    }

    @Override
    public boolean replace(DepositStatus expected, BankDeposit next) {
        var guard = DocumentValues.allOf(Filters.eq("_id", next.id().value()), Filters.eq("status", expected.name()));
        try {
            return deposits.replace(guard, BankDepositMapper.toDocument(next), new ReplaceOptions())
                    .getMatchedCount() == 1;
        } catch (MongoException e) {
            if (DuplicateKey.refused(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Page<BankDeposit> byStatus(DepositStatus status, PageRequest page) {
        var filter = Filters.eq("status", status.name());
        return DocumentValues.page(deposits.find(filter).sort(Sorts.ascending("submittedAt", "_id")), page,
                deposits.count(filter), BankDepositMapper::fromDocument);
    }

    @Override
    public Page<BankDeposit> ofUser(UserId user, PageRequest page) {
        var filter = Filters.eq("user", user.value());
        return DocumentValues.page(deposits.find(filter).sort(Sorts.descending("submittedAt", "_id")), page,
                deposits.count(filter), BankDepositMapper::fromDocument);
    }

    @Override
    public Optional<BankDeposit> withReceipt(ReceiptRef receipt) {
        return Optional.ofNullable(deposits.first(Filters.eq("receipt", receipt.value())))
                .map(BankDepositMapper::fromDocument);
    }
}
