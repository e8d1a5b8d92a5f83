package dev.plara.wallet.core.contract;

import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.user.UserProfile;
import dev.plara.wallet.core.port.out.UserStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@link UserStore} contract, run against every implementation. */
public abstract class UserStoreContract {

    private UserStore store;

    protected abstract UserStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    @Test
    void theLatestProfileOfAUserIsKept() {
        store.remember(new UserProfile(UserId.of("alice"), "alice@example.org", "Alice"));
        store.remember(new UserProfile(UserId.of("alice"), "alice@new.example.org", "Alice L."));
        store.remember(new UserProfile(UserId.of("bob"), null, "Bob"));

        assertThat(store.find(UserId.of("alice")))
                .contains(new UserProfile(UserId.of("alice"), "alice@new.example.org", "Alice L."));
        assertThat(store.find(UserId.of("bob"))).contains(new UserProfile(UserId.of("bob"), null, "Bob"));
        assertThat(store.find(UserId.of("carol"))).isEmpty();
    }

    @Test
    void aUserExistsOnceRememberedAndItsLatestProfileIsStillRead() {
        var carol = UserId.of("carol");
        assertThat(store.exists(carol)).isFalse();
        store.remember(new UserProfile(carol, "carol@example.org", "Carol"));
        assertThat(store.exists(carol)).isTrue();

        store.remember(new UserProfile(carol, "carol@new.example.org", "Carol C."));

        assertThat(store.exists(carol)).isTrue();
        assertThat(store.find(carol)).contains(new UserProfile(carol, "carol@new.example.org", "Carol C."));
    }
}
