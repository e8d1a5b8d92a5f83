package dev.plara.http;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.RSAKey;
import dev.plara.http.jwt.JwtKeys;
import dev.plara.http.jwt.JwtSettings;
import dev.plara.wallet.core.domain.money.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 15: a host platform publishing its keys as a JWKS rotates them. Plara fetches the set again when a token names
 * a key id it has not cached (at most twice per refetch interval, however many unknown ids arrive), and stops
 * accepting a retired key once its cached copy of the set expires.
 */
class KeySetRotationApiTest {

    private final KeySetServer platform = new KeySetServer();
    private final RSAKey first = TestKeys.rsa("key-2025");
    private final RSAKey second = TestKeys.rsa("key-2026");
    private TestServer api;

    @AfterEach
    void stop() {
        api.close();
        platform.close();
    }

    @Test
    void aRotatedKeyIsFetchedOnFirstSightAndTheRetiredOneRefusedOnceTheCacheExpires() {
        start(Duration.ofSeconds(3), Duration.ofMillis(200));
        api.harness.fund("alice", Money.usd(20_00));
        platform.publish(first);
        assertThat(status(first)).isEqualTo(200);

        platform.publish(first, second);
        assertThat(status(second)).as("a new key id makes Plara fetch the set again").isEqualTo(200);
        assertThat(status(first)).as("during the rotation window both keys sign").isEqualTo(200);
        assertThat(platform.fetches()).isEqualTo(2);

        platform.publish(second);
        var entries = api.ledgerEntries();
        await("the retired key to be refused").atMost(Duration.ofSeconds(15)).until(() -> status(first) == 401);
        var purchase = api.post("/api/purchases").bearer(token(first)).json("{\"item_id\":\"video-intro\"}").send();

        assertThat(purchase.status()).isEqualTo(401);
        assertThat(api.ledgerEntries()).isEqualTo(entries);
        assertThat(api.harness.balanceOf("alice")).isEqualTo(Money.usd(20_00));
        assertThat(status(second)).isEqualTo(200);
    }

    @Test
    void unknownKeyIdsMakePlaraFetchTheSetAgainNoMoreThanTheRateLimitAllows() {
        var stranger = TestKeys.rsa("unknown");
        start(Duration.ofHours(1), Duration.ofSeconds(5));
        var unknownIds = IntStream.range(0, 10).mapToObj(i -> token(stranger, "unknown-" + i)).toList();
        platform.publish(first);
        assertThat(status(first)).isEqualTo(200);

        for (var token : unknownIds) {
            assertThat(api.get("/api/me").bearer(token).send().status()).isEqualTo(401);
        }
        assertThat(platform.fetches()).as("one refetch for the first unknown id, then the limit").isEqualTo(2);

        platform.publish(first, second);
        assertThat(status(second)).as("still within the limit's interval").isEqualTo(401);
        assertThat(platform.fetches()).isEqualTo(2);
        await("the refetch interval to pass").atMost(Duration.ofSeconds(15)).until(() -> status(second) == 200);
        assertThat(platform.fetches()).isEqualTo(3);
    }

    private void start(Duration cacheLifetime, Duration refetchInterval) {
        var keys = new JwtKeys.KeySet(platform.url(), cacheLifetime, refetchInterval);
        api = TestServer.withAuthenticator(clock -> new JwtAuthenticator(JwtSettings.of(keys), clock));
    }

    private int status(RSAKey key) {
        return api.get("/api/me").bearer(token(key)).send().status();
    }

    private String token(RSAKey key) {
        return token(key, key.getKeyID());
    }

    private String token(RSAKey key, String keyId) {
        return Jwts.sign(api.tokens.claims("alice").build(), new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build(),
                TestKeys.signer(key));
    }
}
