package dev.plara.mongo;

import dev.plara.mongo.collection.WriteObserver;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.user.UserProfile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two servers on one database: what one has learnt about users (that they exist) never hides what the other wrote
 * since, neither a user it signed in after the first looked, nor a changed email.
 */
class KnownUsersAcrossServersTest {

    @Test
    void aUserSignedInOnAnotherServerAfterALookIsFoundAndAChangedEmailIsRead() {
        var mongo = InProcessMongo.shared();
        var database = InProcessMongo.newDatabaseName();
        var here = mongo.stores(database, WriteObserver.NONE).users();
        var there = mongo.stores(database, WriteObserver.NONE).users();
        var dave = UserId.of("dave");

        assertThat(here.exists(dave)).isFalse();
        there.remember(new UserProfile(dave, "dave@example.org", "Dave"));
        assertThat(here.exists(dave)).isTrue();

        there.remember(new UserProfile(dave, "dave@new.example.org", "Dave"));
        assertThat(here.exists(dave)).isTrue();
        assertThat(here.find(dave)).contains(new UserProfile(dave, "dave@new.example.org", "Dave"));
    }
}
