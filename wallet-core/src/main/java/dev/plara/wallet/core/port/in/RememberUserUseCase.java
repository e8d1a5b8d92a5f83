package dev.plara.wallet.core.port.in;

import dev.plara.wallet.core.domain.user.UserProfile;

/** Records a user who signed in, so that payments naming them can be credited to their wallet. */
public interface RememberUserUseCase {

    void remember(UserProfile user);
}
