package dev.plara.wallet.core.contract;

import dev.plara.wallet.core.domain.user.CustomerDetails;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.out.CustomerDirectory;
import dev.plara.wallet.core.port.out.CustomerDirectory.CustomerSyncResult;
import dev.plara.wallet.core.port.out.PaymentProviderException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@link CustomerDirectory} contract, run against the fake provider and against Polar (its emulator, over HTTP). */
public abstract class CustomerDirectoryContract {

    private CustomerDirectory directory;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    protected abstract CustomerDirectory newDirectory();

    protected abstract CustomerDirectory unreachableDirectory();

    /** The customer the provider keeps for {@code user}, read from the provider itself rather than through the port. */
    protected abstract Optional<CustomerDetails> customerAt(UserId user);

    @BeforeEach
    void createDirectory() {
        directory = newDirectory();
    }

    private UserId user(String name) {
        return UserId.of(name + "-" + run);
    }

    private CustomerDetails details(String name, String email) {
        return new CustomerDetails(email + "-" + run + "@plara.dev", name);
    }

    @Test
    void aUserWithoutACustomerGetsOneWithTheirDetails() {
        var alice = user("alice");

        assertThat(directory.sync(alice, details("Alice", "alice"))).isEqualTo(new CustomerSyncResult.Synced());

        assertThat(customerAt(alice)).contains(details("Alice", "alice"));
    }

    @Test
    void newDetailsReplaceTheCustomersAndTheSameDetailsAgainChangeNothing() {
        var bob = user("bob");
        directory.sync(bob, details("Bob", "bob"));

        var changed = directory.sync(bob, details("Bob B.", "bob.new"));
        var again = directory.sync(bob, details("Bob B.", "bob.new"));

        assertThat(changed).isEqualTo(new CustomerSyncResult.Synced());
        assertThat(again).isEqualTo(new CustomerSyncResult.Synced());
        assertThat(customerAt(bob)).contains(details("Bob B.", "bob.new"));
    }

    @Test
    void anEmailAnotherCustomerHasIsRefusedInTheProvidersWordsAndChangesNothing() {
        var carol = user("carol");
        directory.sync(user("dawit"), details("Dawit", "dawit"));
        directory.sync(carol, details("Carol", "carol"));

        var refused = directory.sync(carol, details("Carol", "dawit"));

        assertThat(refused).isInstanceOfSatisfying(CustomerSyncResult.Refused.class,
                refusal -> assertThat(refusal.reason()).containsIgnoringCase("email"));
        assertThat(customerAt(carol)).contains(details("Carol", "carol"));
        var newcomer = user("fikir");
        assertThat(directory.sync(newcomer, details("Fikir", "dawit"))).isInstanceOfSatisfying(
                CustomerSyncResult.Refused.class, refusal -> assertThat(refusal.reason()).containsIgnoringCase("email"));
        assertThat(customerAt(newcomer)).isEmpty();
    }

    @Test
    void anUnreachableProviderIsAFaultNotARefusal() {
        assertThatThrownBy(() -> unreachableDirectory().sync(user("erin"), details("Erin", "erin")))
                .isInstanceOf(PaymentProviderException.class);
    }
}
