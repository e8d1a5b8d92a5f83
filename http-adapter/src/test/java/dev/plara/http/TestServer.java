package dev.plara.http;

import dev.plara.http.DemoSignIn.DemoUser;
import dev.plara.wallet.core.domain.ledger.PostedEntry;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.user.UserProfile;
import dev.plara.wallet.core.embedding.WalletCore;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.memory.InMemoryReceiptStore;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** A real Plara server on a free port over the whole core in memory (fake provider, test clock), and a client. */
final class TestServer implements AutoCloseable {

    static final String ALLOWED_ORIGIN = "https://shop.example.com";

    final CoreHarness harness = CoreHarness.usd();
    final Tokens tokens = new Tokens(Tokens.randomSecret(), harness.clock);
    final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    final PlaraServer server;

    private TestServer(UnaryOperator<HttpSettings> settings, List<ReadinessCheck> readiness, boolean demo,
                       Function<CoreHarness, WalletCore> core, Function<Tokens, Authenticator> authenticator) {
        var base = HttpSettings.defaults(0, URI.create("http://localhost:8080"))
                .withCorsOrigins(List.of(ALLOWED_ORIGIN))
                .withDrainTimeout(Duration.ofSeconds(2))
                .withClock(harness.clock);
        var demoSignIn = demo ? new DemoSignIn(demoUsers(), tokens.secret(), harness.clock) : null;
        this.server = PlaraServer.start(settings.apply(base), useCasesOf(core.apply(harness)),
                authenticator.apply(tokens), readiness, demoSignIn);
    }

    private TestServer(UnaryOperator<HttpSettings> settings, List<ReadinessCheck> readiness, boolean demo,
                       Function<CoreHarness, WalletCore> core) {
        this(settings, readiness, demo, core, tokens -> JwtAuthenticator.hs256(tokens.secret(), tokens.clock()));
    }

    static TestServer start() {
        return new TestServer(settings -> settings, List.of(), false, h -> h.core);
    }

    static TestServer start(UnaryOperator<HttpSettings> settings) {
        return new TestServer(settings, List.of(), false, h -> h.core);
    }

    static TestServer withReadiness(List<ReadinessCheck> checks) {
        return new TestServer(settings -> settings, checks, false, h -> h.core);
    }

    /** A server over another core built from the harness (for example over a failing store). */
    static TestServer withCore(Function<CoreHarness, WalletCore> core) {
        return new TestServer(settings -> settings, List.of(), false, core);
    }

    /** A server that signs users in with {@code authenticator} (given the tokens' clock) instead of the HS256 secret. */
    static TestServer withAuthenticator(Function<Clock, Authenticator> authenticator) {
        return new TestServer(settings -> settings, List.of(), false, h -> h.core,
                tokens -> authenticator.apply(tokens.clock()));
    }

    static TestServer demo() {
        return demoWith(settings -> settings);
    }

    static TestServer demoWith(UnaryOperator<HttpSettings> settings) {
        return new TestServer(settings, List.of(), true, h -> h.core);
    }

    private static List<DemoUser> demoUsers() {
        return List.of(new DemoUser(new UserProfile(UserId.of("alice"), "alice@example.org", "Alice"), Set.of()),
                new DemoUser(new UserProfile(UserId.of("bob"), "bob@example.org", "Bob"), Set.of()),
                new DemoUser(new UserProfile(UserId.of("admin"), "admin@example.org", "Ada Admin"), Set.of("admin")));
    }

    /** The use cases of a whole core that the server calls. */
    static ServerUseCases useCasesOf(WalletCore core) {
        return new ServerUseCases(core.rememberUser(), core.notifications(), core.viewWallet(), core.browseCatalog(),
                core.depositOptions(), core.startProductCheckout(), core.startCardDeposit(), core.trackCheckout(),
                core.confirmCheckout(), core.checkAccess(), core.purchaseContent(), core.receiveWebhook(), core.submitBankDeposit(),
                core.listDeposits(), core.reviewBankDeposit(), core.listUnmatchedPayments(),
                core.assignUnmatchedPayment(), core.auditLedger(), core.requestRefund(), core.findRefundableOrders(),
                core.listOverdrawnWallets(), core.reconcile(), core.viewOperations(), core.viewPurchases());
    }

    Call get(String path) {
        return call("GET", path);
    }

    Call post(String path) {
        return call("POST", path);
    }

    /** Submits a bank deposit form as {@code user}. */
    Reply deposit(String user, Multipart form) {
        return post("/api/deposits/bank").bearer(tokens.user(user)).multipart(form).send();
    }

    /** Every ledger entry, in the order the ledger holds them: what a refused request must leave as it was. */
    List<PostedEntry> ledgerEntries() {
        var entries = new ArrayList<PostedEntry>();
        harness.stores.ledger().forEachEntry(entries::add);
        return entries;
    }

    /** How many receipts the store holds: refused uploads must leave none behind. */
    int storedReceipts() {
        return ((InMemoryReceiptStore) harness.stores.receipts()).size();
    }

    Call call(String method, String path) {
        return new Call(client, server.baseUrl(), method, path);
    }

    @Override
    public void close() {
        server.close();
    }
}
