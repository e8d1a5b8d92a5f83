package dev.plara.wallet.core.port.in;

import dev.plara.wallet.core.domain.deposit.BankDeposit;
import dev.plara.wallet.core.domain.deposit.DepositId;
import dev.plara.wallet.core.domain.deposit.DepositStatus;
import dev.plara.wallet.core.domain.paging.Page;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.deposit.Receipt;
import dev.plara.wallet.core.domain.user.UserId;

import java.util.Optional;

/** Bank deposits as admins review them (by status, oldest first) and as users follow their own (newest first). */
public interface ListDepositsUseCase {

    Page<BankDeposit> byStatus(DepositStatus status, PageRequest page);

    Page<BankDeposit> ofUser(UserId user, PageRequest page);

    Optional<BankDeposit> find(DepositId id);

    /** The receipt submitted with a deposit, for its reviewer or its owner; empty for an unknown deposit. */
    Optional<Receipt> receipt(DepositId id);
}
