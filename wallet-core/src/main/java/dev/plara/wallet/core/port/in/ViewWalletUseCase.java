package dev.plara.wallet.core.port.in;

import dev.plara.wallet.core.domain.paging.Page;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.ledger.PostedEntry;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.ledger.WalletBalance;

import java.util.List;

/** A user looks at their own wallets: the balance per currency and the history of entries. */
public interface ViewWalletUseCase {

    /** Every wallet of the user that has an entry, by currency code. */
    List<WalletBalance> balances(UserId user);

    /** The user's entries, newest first. */
    Page<PostedEntry> history(UserId user, PageRequest page);
}
