package dev.plara.wallet.core.port.in;

import dev.plara.wallet.core.domain.access.Access;
import dev.plara.wallet.core.domain.access.Grant;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.payment.PaymentProduct;
import dev.plara.wallet.core.domain.user.UserId;

import java.util.List;
import java.util.Optional;

/**
 * The one access check, from all of a user's grants (items bought, store plans, Polar products, subscriptions): may
 * this user open this item now, and why; and what they hold already.
 */
public interface CheckAccessUseCase {

    /** Whether {@code user} may open {@code item} now, through which grant or why not; empty for no such item. */
    Optional<Access> access(UserId user, ItemId item);

    /** The user's access to every catalog item, by item id. */
    List<Access> catalogAccess(UserId user);

    /** The grant through which {@code user} already holds {@code product} (not to be sold again), if any. */
    Optional<Grant> holding(UserId user, PaymentProduct product);

    /** The user's grants, active or not, by source. */
    List<Grant> grants(UserId user);
}
