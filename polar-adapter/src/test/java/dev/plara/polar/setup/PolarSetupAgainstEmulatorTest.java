package dev.plara.polar.setup;

import dev.plara.polar.client.PolarClient;
import dev.plara.polar.client.PolarClientConfig;
import dev.plara.polar.client.PriceInput;
import dev.plara.polar.client.ProductCreate;
import dev.plara.polar.client.RetryPolicy;
import dev.plara.polar.client.WebhookEndpointUpdate;
import dev.plara.polar.emulator.EmulatorConfig;
import dev.plara.polar.emulator.PolarEmulator;
import dev.plara.polar.model.PolarPrice;
import dev.plara.polar.model.PolarWebhookEndpoint;
import dev.plara.polar.webhook.PolarEventParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code polar-setup}'s work over the emulator: made once, unchanged by a second run, and every misfit named. */
class PolarSetupAgainstEmulatorTest {

    private static final String URL = "https://pay.plara.test/api/webhooks/polar";

    private final PolarEmulator emulator = PolarEmulator.start(EmulatorConfig.forTests());
    private final PolarClient client = client(emulator.baseUrl(), emulator.accessToken());
    private final PolarSetup setup = new PolarSetup(client);

    @AfterEach
    void stop() {
        emulator.close();
    }

    private static PolarClient client(String baseUrl, String token) {
        return new PolarClient(PolarClientConfig.of(baseUrl, token).withRetryPolicy(RetryPolicy.none()));
    }

    private static SetupTarget target(Optional<String> product, Optional<String> secret) {
        return SetupTarget.forPlara(Optional.empty(), "usd", 1_00, 1_000_00, product, URL, secret);
    }

    private String state() {
        return client.listProducts(true).toString() + client.webhooks().listEndpoints();
    }

    @Test
    void aFreshOrganizationGetsTheProductAndEndpointAndASecondRunChangesNothing() {
        var first = setup.apply(target(Optional.empty(), Optional.empty()));
        var product = first.environment().get("PLARA_TOPUP_PRODUCT_ID");
        var endpoint = client.webhooks().listEndpoints().stream().filter(e -> e.url().equals(URL)).findFirst()
                .orElseThrow();
        var before = state();

        var second = setup.apply(target(Optional.empty(), Optional.empty()));
        var third = setup.apply(target(Optional.of(product), first.newWebhookSecret()));

        assertThat(first.problems()).isEmpty();
        assertThat(first.changes()).hasSize(2);
        assertThat(first.newWebhookSecret()).contains(endpoint.secret());
        assertThat(first.environment()).containsKeys("POLAR_ORGANIZATION_ID", "PLARA_TOPUP_PRODUCT_ID");
        assertThat(client.products().get(product).prices()).singleElement().satisfies(price -> assertThat(
                List.of(price.amountType(), price.minimumAmount(), price.maximumAmount()))
                .containsExactly("custom", 1_00L, 1_000_00L));
        assertThat(endpoint.events()).containsExactlyElementsOf(PolarEventParser.HANDLED_TYPES);
        assertThat(List.of(second.changes(), third.changes())).allSatisfy(changes -> assertThat(changes).isEmpty());
        assertThat(second.environment().get("PLARA_TOPUP_PRODUCT_ID")).isEqualTo(product);
        assertThat(third.ok()).as(third.toString()).isTrue();
        assertThat(second.newWebhookSecret()).isEmpty();
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aProductWithOtherBoundsIsNamedByTheCheckAndSetRightByTheRun() {
        var narrow = client.products().create(new ProductCreate("Top-up", null, null,
                List.of(PriceInput.custom("usd", 1_00, 500_00L, null)), Map.of()));
        var secret = setup.apply(target(Optional.empty(), Optional.empty())).newWebhookSecret();

        var check = setup.check(target(Optional.of(narrow.id()), secret));

        assertThat(check.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.variable()).isEqualTo("PLARA_TOPUP_PRODUCT_ID");
            assertThat(problem.message()).contains(narrow.id(), "1.00 USD to 500.00 USD", "1.00 USD to 1,000.00 USD",
                    "PLARA_DEPOSIT_MAX", "polar-setup");
        });
        var fixed = setup.apply(target(Optional.of(narrow.id()), secret));
        assertThat(fixed.changes()).singleElement().asString().contains("set the custom price of product " + narrow.id());
        assertThat(client.products().get(narrow.id()).prices()).filteredOn(price -> !price.archived())
                .extracting(PolarPrice::maximumAmount).containsExactly(1_000_00L);
        assertThat(setup.check(target(Optional.of(narrow.id()), secret)).ok()).isTrue();
    }

    @Test
    void anEndpointMissingEventsOrSignedWithAnotherSecretIsAProblemAndADisabledOneANote() {
        var made = setup.apply(target(Optional.empty(), Optional.empty()));
        var product = Optional.of(made.environment().get("PLARA_TOPUP_PRODUCT_ID"));
        PolarWebhookEndpoint endpoint = client.webhooks().listEndpoints().get(0);
        client.webhooks().updateEndpoint(endpoint.id(), new WebhookEndpointUpdate(null, null,
                List.of("order.paid", "customer.created"), false, null));

        var check = setup.check(target(product, Optional.of("whsec_not-the-endpoints")));

        assertThat(check.problems()).extracting(SetupProblem::variable)
                .containsExactly("PUBLIC_BASE_URL", "POLAR_WEBHOOK_SECRET");
        assertThat(check.problems().get(0).message()).contains("does not send", "refund.created");
        assertThat(check.notes()).anySatisfy(note -> assertThat(note).contains("disabled"))
                .anySatisfy(note -> assertThat(note).contains("customer.created"));
        assertThat(setup.apply(target(product, made.newWebhookSecret())).ok()).isTrue();
        assertThat(client.webhooks().getEndpoint(endpoint.id()).events())
                .containsExactlyElementsOf(PolarEventParser.HANDLED_TYPES);
    }

    @Test
    void aWrongTokenAnotherOrganizationAndAnUnreachablePolarAreToldApart() {
        var wrongToken = new PolarSetup(client(emulator.baseUrl(), "polar_oat_wrong")).check(target(Optional.empty(),
                Optional.empty()));
        var otherOrganization = setup.check(SetupTarget.forPlara(Optional.of("another-org"), "usd", 1_00, 1_000_00,
                Optional.empty(), URL, Optional.empty()));
        var unreachable = new PolarSetup(client("http://127.0.0.1:1", "polar_oat_x")).check(target(Optional.empty(),
                Optional.empty()));

        assertThat(wrongToken.problems()).singleElement().extracting(SetupProblem::variable)
                .isEqualTo("POLAR_ACCESS_TOKEN");
        assertThat(otherOrganization.problems()).singleElement().satisfies(problem -> assertThat(problem.message())
                .startsWith("POLAR_ORGANIZATION_ID: the token belongs to organization ").contains("another-org"));
        assertThat(unreachable.problems()).isEmpty();
        assertThat(unreachable.complete()).isFalse();
        assertThat(unreachable.ok()).isFalse();
    }

    @Test
    void aTokenWithoutTheWebhooksScopeIsNamedWithTheScopesItNeeds() {
        var scopes = EmulatorConfig.ALL_SCOPES.stream().filter(scope -> !scope.startsWith("webhooks:")).collect(
                Collectors.toSet());
        try (var limited = PolarEmulator.start(EmulatorConfig.forTests().withTokenScopes(scopes))) {
            var report = new PolarSetup(client(limited.baseUrl(), limited.accessToken()))
                    .check(target(Optional.empty(), Optional.empty()));

            assertThat(report.problems()).filteredOn(problem -> problem.message().contains("403"))
                    .singleElement().satisfies(problem -> {
                        assertThat(problem.variable()).isEqualTo("POLAR_ACCESS_TOKEN");
                        assertThat(problem.message()).contains("webhooks:write", "organizations:read");
                    });
        }
    }
}
