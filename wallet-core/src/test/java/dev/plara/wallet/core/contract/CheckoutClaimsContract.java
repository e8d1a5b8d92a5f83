package dev.plara.wallet.core.contract;

import dev.plara.wallet.core.domain.payment.CheckoutClaim;
import dev.plara.wallet.core.fixtures.TestClock;
import dev.plara.wallet.core.port.out.CheckoutClaims;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@link CheckoutClaims} contract, run against every implementation. */
public abstract class CheckoutClaimsContract {

    private final TestClock clock = TestClock.standard();
    private CheckoutClaims claims;

    protected abstract CheckoutClaims newClaims();

    @BeforeEach
    void create() {
        claims = newClaims();
    }

    @Test
    void ofRacingClaimsForOneKeyExactlyOneWins() {
        var now = clock.instant();
        var racing = IntStream.range(0, 16).mapToObj(i -> CompletableFuture.supplyAsync(() ->
                claims.claim("alice:prod", "h" + i, now, now.plus(Duration.ofMinutes(30))))).toList();

        assertThat(racing.stream().map(CompletableFuture::join).filter(Optional::isEmpty)).hasSize(1);
        assertThat(claims.claim("bob:prod", "h-bob", now, now.plusSeconds(60))).isEmpty();
    }

    @Test
    void theHolderAttachesItsCheckoutAndOthersSeeIt() {
        var now = clock.instant();
        claims.claim("alice:prod", "first", now, now.plusSeconds(600));

        assertThat(claims.attach("alice:prod", "second", "co_2", "https://pay/co_2", now.plusSeconds(700))).isFalse();
        assertThat(claims.attach("alice:prod", "first", "co_1", "https://pay/co_1", now.plusSeconds(800))).isTrue();

        assertThat(claims.claim("alice:prod", "second", now.plusSeconds(1), now.plusSeconds(601)))
                .contains(new CheckoutClaim("alice:prod", "first", now.plusSeconds(800), "co_1", "https://pay/co_1"));
    }

    @Test
    void aHolderWhoseClaimLapsedAttachesOnlyIfNoOneTookTheKeyOver() {
        var now = clock.instant();
        claims.claim("alice:prod", "slow", now, now.plusSeconds(30));
        claims.claim("bob:prod", "slow", now, now.plusSeconds(30));
        claims.claim("alice:prod", "second", now.plusSeconds(31), now.plusSeconds(61));

        assertThat(claims.attach("alice:prod", "slow", "co_1", "https://pay/co_1", now.plusSeconds(900))).isFalse();
        assertThat(claims.attach("bob:prod", "slow", "co_3", "https://pay/co_3", now.plusSeconds(900))).isTrue();

        assertThat(claims.claim("alice:prod", "third", now.plusSeconds(32), now.plusSeconds(62)))
                .map(CheckoutClaim::holder).contains("second");
        assertThat(claims.claim("bob:prod", "third", now.plusSeconds(32), now.plusSeconds(62)))
                .map(CheckoutClaim::checkoutId).contains("co_3");
    }

    @Test
    void anAttachedClaimHoldsUntilItsCheckoutExpiresNotUntilTheClaimWouldHave() {
        var now = clock.instant();
        claims.claim("alice:prod", "first", now, now.plusSeconds(30));
        claims.attach("alice:prod", "first", "co_1", "https://pay/co_1", now.plus(Duration.ofHours(24)));

        assertThat(claims.claim("alice:prod", "second", now.plus(Duration.ofMinutes(31)), now.plusSeconds(2000)))
                .map(CheckoutClaim::checkoutId).contains("co_1");
        assertThat(claims.claim("alice:prod", "third", now.plus(Duration.ofHours(24)).plusSeconds(1),
                now.plus(Duration.ofHours(25)))).isEmpty();
    }

    @Test
    void anExpiredOrReleasedClaimCanBeTakenAgain() {
        var now = clock.instant();
        claims.claim("alice:prod", "first", now, now.plusSeconds(600));

        assertThat(claims.claim("alice:prod", "second", now.plusSeconds(601), now.plusSeconds(1200))).isEmpty();
        claims.release("alice:prod", "first");
        assertThat(claims.claim("alice:prod", "third", now.plusSeconds(602), now.plusSeconds(1200))).isPresent();
        claims.release("alice:prod", "second");
        assertThat(claims.claim("alice:prod", "third", now.plusSeconds(603), now.plusSeconds(1200))).isEmpty();
    }
}
