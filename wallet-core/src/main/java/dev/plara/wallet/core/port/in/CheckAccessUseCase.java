package dev.plara.wallet.core.port.in;

import dev.plara.wallet.core.domain.access.Entitlement;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.user.UserId;

import java.util.List;

/** Whether a user may open an item right now, and everything they are entitled to. */
public interface CheckAccessUseCase {

    boolean hasAccess(UserId user, ItemId item);

    /** The user's entitlements, active or not, by item id. */
    List<Entitlement> entitlements(UserId user);
}
