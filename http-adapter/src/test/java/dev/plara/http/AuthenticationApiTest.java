package dev.plara.http;

import com.nimbusds.jose.JWSAlgorithm;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.fixtures.ReceiptFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Date;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class AuthenticationApiTest {

    private final TestServer api = TestServer.start();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void everySignedInAndAdminRouteRefusesARequestWithoutAToken() {
        Stream.concat(ApiRoutes.SIGNED_IN.stream(), ApiRoutes.ADMIN.stream()).forEach(route -> {
            var reply = ApiRoutes.call(api, route).send();

            assertThat(reply.status()).as(route.toString()).isEqualTo(401);
            assertThat(reply.problem()).isEqualTo("unauthenticated");
            assertThat(reply.header("www-authenticate")).isEqualTo("Bearer");
        });
    }

    @Test
    void forgedExpiredAndSubjectlessTokensAreRefused() {
        var now = api.harness.clock.instant();
        var tokens = api.tokens;
        var bad = Stream.of(
                Jwts.unsigned(tokens.claims("alice").build()),
                Jwts.hmac(tokens.claims("alice").build(), JWSAlgorithm.HS256, Tokens.randomSecret()),
                tokens.sign("alice", jwt -> jwt.expirationTime(Date.from(now.minusSeconds(3600)))),
                tokens.sign("alice", jwt -> jwt.notBeforeTime(Date.from(now.plusSeconds(3600)))),
                tokens.sign(null, jwt -> jwt),
                "garbage");
        bad.forEach(token -> {
            var reply = api.get("/api/me").bearer(token).send();

            assertThat(reply.status()).as(token).isEqualTo(401);
            assertThat(reply.problem()).isEqualTo("unauthenticated");
        });
        assertThat(api.get("/api/me").header("Authorization", "Basic YWxpY2U6eA==").send().status()).isEqualTo(401);
    }

    @Test
    void aBadBearerTokenIsRefusedEvenWhereSigningInIsOptional() {
        assertThat(api.get("/api/catalog").bearer("garbage").send().status()).isEqualTo(401);
        assertThat(api.get("/api/catalog").send().status()).isEqualTo(200);
    }

    @Test
    void aValidTokenSeesItsOwnUserOnlyAndIsRememberedForPayments() {
        api.harness.fund("alice", Money.usd(25_00));

        var bob = api.get("/api/me").bearer(api.tokens.user("bob")).send();
        var bobsWallet = api.get("/api/wallet").bearer(api.tokens.user("bob")).send();
        var alicesWallet = api.get("/api/wallet").bearer(api.tokens.user("alice")).send();

        assertThat(bob.json().path("user_id").asText()).isEqualTo("bob");
        assertThat(bob.json().path("email").asText()).isEqualTo("bob@example.org");
        assertThat(bob.json().path("admin").asBoolean()).isFalse();
        assertThat(bobsWallet.json().path("balances")).isEmpty();
        assertThat(alicesWallet.json().path("balances").get(0).path("balance").path("amount").asLong()).isEqualTo(25_00);
        assertThat(api.harness.stores.users().find(dev.plara.wallet.core.domain.user.UserId.of("bob"))).isPresent();
    }

    @Test
    void noSignedInReadEverShowsAnotherUsersData() {
        var alice = api.tokens.user("alice");
        api.harness.fund("alice", Money.usd(25_00));
        api.post("/api/purchases").bearer(alice).json("{\"item_id\":\"video-intro\"}").send();
        api.deposit("alice", Multipart.deposit("FT0001", ReceiptFiles.png(), "image/png"));

        for (var route : ApiRoutes.SIGNED_IN) {
            if (route.method().equals("GET")) {
                var asBob = api.get(route.path()).bearer(api.tokens.user("bob")).send();

                assertThat(asBob.status()).as(route.path()).isIn(200, 403);
                assertThat(asBob.text()).as(route.path()).doesNotContain("alice", "25.00", "FT0001");
            }
        }
    }

    @Test
    void aNewUserIsRememberedOnFirstSightAndAgainWhenTheirProfileChanges() {
        var carol = dev.plara.wallet.core.domain.user.UserId.of("carol");

        api.get("/api/me").bearer(api.tokens.user("carol")).send();
        assertThat(api.harness.stores.users().find(carol).orElseThrow().email()).isEqualTo("carol@example.org");

        api.get("/api/me").bearer(api.tokens.sign("carol", jwt -> jwt.claim("email", "c@example.net"))).send();
        assertThat(api.harness.stores.users().find(carol).orElseThrow().email()).isEqualTo("c@example.net");
    }
}
