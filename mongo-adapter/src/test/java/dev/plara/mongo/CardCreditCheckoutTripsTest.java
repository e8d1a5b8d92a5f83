package dev.plara.mongo;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.CheckoutPurpose;
import dev.plara.wallet.core.domain.payment.CheckoutRecord;
import dev.plara.wallet.core.domain.payment.PaidDeposit;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.embedding.WalletCore;
import dev.plara.wallet.core.fixtures.FakePaymentProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

import static dev.plara.mongo.CoreOnMongo.T0;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A card credit reads the order's checkout once and attaches the order only to a checkout Plara opened that has none
 * yet: an order from a checkout Plara never opened (a Polar checkout link) costs one read of {@code checkouts}, and
 * the checkout Plara opened gets the order once, through the real driver.
 */
class CardCreditCheckoutTripsTest {

    private static final UserId ANN = UserId.of("ann");

    @TempDir
    Path dir;

    private final List<String> checkoutCommands = new CopyOnWriteArrayList<>();

    @Test
    void anOrderFromACheckoutPlaraNeverOpenedReadsItOnceAndWritesNothingThere() {
        withCore((stores, core) -> {
            core.confirmCardPayment().confirm(PaidDeposit.untaxed("o-1", "chk-elsewhere", ANN.value(),
                    "ann@example.org", Money.usd(15_00), T0));

            assertThat(checkoutCommands).containsExactly("find");
            assertThat(stores.ledger().balances(ANN)).singleElement()
                    .satisfies(balance -> assertThat(balance.balance()).isEqualTo(Money.usd(15_00)));
        });
    }

    @Test
    void theCheckoutPlaraOpenedGetsItsOrderOnce() {
        withCore((stores, core) -> {
            stores.payments().checkouts().save(CheckoutRecord.opened("chk-1", CheckoutPurpose.WALLET_DEPOSIT, ANN,
                    "ann@example.org", FakePaymentProvider.TOP_UP, Money.usd(15_00), T0));
            var paid = PaidDeposit.untaxed("o-1", "chk-1", ANN.value(), "ann@example.org", Money.usd(15_00), T0);
            checkoutCommands.clear();

            core.confirmCardPayment().confirm(paid);
            core.confirmCardPayment().confirm(paid);

            assertThat(checkoutCommands).containsExactly("find", "update", "find");
            assertThat(stores.payments().checkouts().find("chk-1").orElseThrow().orderId()).isEqualTo("o-1");
        });
    }

    private void withCore(BiConsumer<MongoPlaraStores, WalletCore> test) {
        RecordedStores.withStores(dir, recorder(), stores -> {
            checkoutCommands.clear();
            test.accept(stores, CoreOnMongo.on(stores));
        });
    }

    private CommandListener recorder() {
        return new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                var command = event.getCommand();
                var target = command.get(event.getCommandName());
                if (target != null && target.isString() && "checkouts".equals(target.asString().getValue())) {
                    checkoutCommands.add(event.getCommandName());
                }
            }
        };
    }
}
