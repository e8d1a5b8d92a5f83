package dev.plara.app;

import dev.plara.wallet.core.fixtures.ReceiptFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6: the real server in production mode refuses forged, expired and keyless JWTs, cookie-session changes
 * without the CSRF token, calls from origins not allowed, and a normal user on every admin route; each with the
 * right status, and not one document of its database changes. A signed-in user never sees another user's data.
 */
@Timeout(60)
class SecurityRefusalsTest {

    private static final String DEPOSIT = "{\"amount\":1500,\"currency\":\"USD\"}";
    private static final String EVIL_ORIGIN = "https://evil.example.net";

    @TempDir
    static Path workingDirectory;

    private static FundedPlara funded;
    private static InProcessPlara plara;
    private static String ayanasDeposit;

    @BeforeAll
    static void start() {
        funded = new FundedPlara(workingDirectory);
        plara = funded.plara;
        plara.signIn("bob");
        var deposit = plara.http.send(MultipartForm.deposit("FT-AYANA-1", ReceiptFiles.png(), "image/png")
                .post(plara.http, HostTokens.user(FundedPlara.USER)));
        assertThat(deposit.status()).as(deposit.toString()).isEqualTo(201);
        ayanasDeposit = deposit.json().path("id").asText();
    }

    @AfterAll
    static void stop() {
        funded.close();
    }

    @Test
    void forgedExpiredAndKeylessTokensAreRefusedAndChangeNothing() {
        var before = plara.snapshot();
        var forged = HostTokens.forgeriesFor(FundedPlara.USER, "bob");

        for (String token : forged) {
            for (var reply : List.of(plara.http.get("/api/wallet", token),
                    plara.http.postJson("/api/deposits/card", token, DEPOSIT),
                    plara.http.postJson("/api/admin/reconciliation", token, null))) {
                assertThat(reply.status()).as("%s: %s", token, reply).isEqualTo(401);
                assertThat(reply.problem()).isEqualTo("unauthenticated");
            }
        }
        assertThat(plara.snapshot()).isEqualTo(before);
    }

    @Test
    void aSignedInUserSeesOnlyTheirOwnData() {
        var bob = HostTokens.user("bob");

        assertThat(plara.http.get("/api/wallet", bob).json().path("balances")).isEmpty();
        assertThat(plara.http.get("/api/wallet/transactions", bob).json().path("items")).isEmpty();
        assertThat(plara.http.get("/api/notifications", bob).text()).doesNotContain("25.00", FundedPlara.USER);
        assertThat(plara.http.get("/api/deposits", bob).json().path("items")).isEmpty();
        var receipt = plara.http.get("/api/admin/deposits/" + ayanasDeposit + "/receipt", bob);
        assertThat(receipt.status()).isEqualTo(403);
        assertThat(receipt.problem()).isEqualTo("forbidden");
        assertThat(plara.http.get("/api/admin/deposits/" + ayanasDeposit + "/receipt",
                HostTokens.user(FundedPlara.USER)).status()).as("its owner may").isEqualTo(200);
    }

    @Test
    void aCookieSessionChangeWithoutTheRightCsrfTokenIsRefusedAndChangesNothing() {
        var session = "plara_session=" + HostTokens.user(FundedPlara.USER);
        var before = plara.snapshot();

        var missing = cardDeposit(session + "; plara_csrf=token-1", null, null);
        var wrong = cardDeposit(session + "; plara_csrf=token-1", "token-2", null);
        var noCookie = cardDeposit(session, "token-1", null);
        var fromEvilSite = cardDeposit(session + "; plara_csrf=token-1", null, EVIL_ORIGIN);

        for (var reply : List.of(missing, wrong, noCookie, fromEvilSite)) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
            assertThat(reply.problem()).isEqualTo("csrf-rejected");
            assertThat(reply.header("access-control-allow-origin")).isNull();
        }
        assertThat(plara.snapshot()).isEqualTo(before);
        assertThat(cardDeposit(session + "; plara_csrf=token-1", "token-1", null).status())
                .as("the same change with the token goes through").isEqualTo(201);
    }

    @Test
    void anOriginNotAllowedGetsNoCorsHeadersAndItsPreflightIsRefused() {
        var before = plara.snapshot();
        var preflight = plara.http.send(plara.http.request("/api/deposits/card").header("Origin", EVIL_ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        var read = plara.http.send(plara.http.request("/api/wallet").header("Origin", EVIL_ORIGIN)
                .header("Authorization", "Bearer " + HostTokens.user(FundedPlara.USER)).GET());
        var allowed = plara.http.send(plara.http.request("/api/deposits/card")
                .header("Origin", InProcessPlara.ALLOWED_ORIGIN).header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

        assertThat(preflight.status()).isEqualTo(403);
        assertThat(preflight.problem()).isEqualTo("origin-not-allowed");
        assertThat(preflight.header("access-control-allow-origin")).isNull();
        assertThat(read.header("access-control-allow-origin")).isNull();
        assertThat(read.header("access-control-allow-credentials")).isNull();
        assertThat(allowed.status()).isEqualTo(204);
        assertThat(allowed.header("access-control-allow-origin")).isEqualTo(InProcessPlara.ALLOWED_ORIGIN);
        assertThat(plara.snapshot()).isEqualTo(before);
    }

    @Test
    void aNormalUserIsRefusedOnEveryAdminRouteAndNothingChanges() {
        var bob = HostTokens.user("bob");
        var order = funded.paidOrder.path("id").asText();
        var before = plara.snapshot();
        var reconciliationsBefore = plara.http.get("/api/admin/reconciliation", HostTokens.admin("ops")).text();

        for (var route : AdminRoutes.all(ayanasDeposit, order)) {
            var reply = plara.http.send(route.request(plara.http, bob));

            assertThat(reply.status()).as(route.toString()).isEqualTo(403);
            assertThat(reply.problem()).isEqualTo("forbidden");
        }
        assertThat(plara.snapshot()).isEqualTo(before);
        assertThat(plara.http.get("/api/admin/reconciliation", HostTokens.admin("ops")).text())
                .as("no reconciliation ran").isEqualTo(reconciliationsBefore);
    }

    private static HttpReply cardDeposit(String cookie, String csrfHeader, String origin) {
        var request = plara.http.request("/api/deposits/card").header("Cookie", cookie)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(DEPOSIT));
        if (csrfHeader != null) {
            request.header("X-CSRF-Token", csrfHeader);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return plara.http.send(request);
    }

}
