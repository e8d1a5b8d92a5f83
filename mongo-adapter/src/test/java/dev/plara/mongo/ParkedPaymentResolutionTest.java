package dev.plara.mongo;

import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.payment.Assignment;
import dev.plara.wallet.core.domain.payment.PaidDeposit;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.user.UserProfile;
import org.junit.jupiter.api.Test;

import static dev.plara.mongo.CoreOnMongo.T0;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On MongoDB, a payment parked because its user had not signed in yet leaves the admin queue once the same order is
 * credited when it comes again. Crashes in between are enumerated by {@link CrashRecoveryTest}.
 */
class ParkedPaymentResolutionTest {

    private static final UserId ANN = UserId.of("ann");

    private final MongoPlaraStores stores = InProcessMongo.shared().freshStores();

    @Test
    void aRedeliveryAfterTheUserSignedInCreditsTheOrderAndResolvesItsParkedPayment() {
        var core = CoreOnMongo.on(stores);
        var payment = PaidDeposit.untaxed("o-1", null, ANN.value(), "ann@example.org", Money.usd(15_00), T0);
        core.confirmCardPayment().confirm(payment);
        assertThat(core.listUnmatchedPayments().list(true, PageRequest.first(10)).total()).isEqualTo(1);

        stores.users().remember(new UserProfile(ANN, "ann@example.org", "Ann"));
        core.confirmCardPayment().confirm(payment);

        assertThat(core.listUnmatchedPayments().list(true, PageRequest.first(10)).total()).isZero();
        assertThat(MongoWalletStores.of(stores).unmatched().find("o-1").orElseThrow().assignment())
                .isEqualTo(Assignment.creditedWhenItCameAgain(ANN, T0));
        assertThat(stores.ledger().balances(ANN)).singleElement()
                .satisfies(balance -> assertThat(balance.balance()).isEqualTo(Money.usd(15_00)));
    }
}
