package dev.plara.wallet.core.memory;

import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.user.UserProfile;
import dev.plara.wallet.core.port.out.UserStore;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Known users in memory. */
public final class InMemoryUserStore implements UserStore {

    private final Map<UserId, UserProfile> users = new ConcurrentHashMap<>();

    @Override
    public void remember(UserProfile user) {
        users.put(user.id(), user);
    }

    @Override
    public Optional<UserProfile> find(UserId id) {
        return Optional.ofNullable(users.get(id));
    }

    @Override
    public boolean exists(UserId id) {
        return users.containsKey(id);
    }
}
