package dev.plara.wallet.core.port.in;

import dev.plara.wallet.core.domain.Page;
import dev.plara.wallet.core.domain.PageRequest;
import dev.plara.wallet.core.domain.PostedEntry;
import dev.plara.wallet.core.domain.UserId;
import dev.plara.wallet.core.domain.WalletBalance;

import java.util.List;

/** A user looks at their own wallets: the balance per currency and the history of entries. */
public interface ViewWalletUseCase {

    /** Every wallet of the user that has an entry, by currency code. */
    List<WalletBalance> balances(UserId user);

    /** The user's entries, newest first. */
    Page<PostedEntry> history(UserId user, PageRequest page);
}
