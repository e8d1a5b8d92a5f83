package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.ledger.PostedEntry;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.out.LedgerStore;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Reads a user's ledger history page by page: all of it, or the refund debits of one order. */
final class OrderRefunds {

    private static final int HISTORY_PAGE = PageRequest.MAX_SIZE;

    private final LedgerStore ledger;

    OrderRefunds(LedgerStore ledger) {
        this.ledger = ledger;
    }

    /** The refund debits of {@code orderId} in {@code owner}'s wallets. */
    List<PostedEntry> of(UserId owner, String orderId) {
        var refunds = new ArrayList<PostedEntry>();
        eachEntryOf(owner, posted -> posted.entry().facts().match(card -> false, bank -> false, purchase -> false,
                refund -> refund.orderId().equals(orderId) && refunds.add(posted)));
        return refunds;
    }

    void eachEntryOf(UserId user, Consumer<PostedEntry> action) {
        var request = PageRequest.first(HISTORY_PAGE);
        var page = ledger.history(user, request);
        page.items().forEach(action);
        while (page.hasNext()) {
            request = new PageRequest(request.page() + 1, HISTORY_PAGE);
            page = ledger.history(user, request);
            page.items().forEach(action);
        }
    }
}
