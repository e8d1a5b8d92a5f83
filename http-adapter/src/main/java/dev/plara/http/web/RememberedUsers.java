package dev.plara.http.web;

import dev.plara.http.Principal;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.user.UserProfile;
import dev.plara.wallet.core.port.in.RememberUserUseCase;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells the core about every signed-in user so payments naming them can be credited, cheaply: only when this process
 * has not seen the user yet or their profile changed.
 */
public final class RememberedUsers {

    private static final int MAX_ENTRIES = 50_000;

    private final RememberUserUseCase core;
    private final Map<UserId, UserProfile> seen = new ConcurrentHashMap<>();

    public RememberedUsers(RememberUserUseCase core) {
        this.core = core;
    }

    public void remember(Principal principal) {
        var profile = principal.profile();
        if (profile.equals(seen.get(profile.id()))) {
            return;
        }
        core.remember(profile);
        if (seen.size() >= MAX_ENTRIES) {
            seen.clear();
        }
        seen.put(profile.id(), profile);
    }
}
