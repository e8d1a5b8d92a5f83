package dev.plara.polar.client;

import dev.plara.polar.model.PolarOrganization;
import dev.plara.polar.model.PolarPrice;
import dev.plara.polar.model.PolarProduct;
import dev.plara.polar.testing.EmulatorWorld;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.plara.polar.testing.EmulatorWorld.types;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a set-up check calls: the token's organization, products made and changed, webhook endpoints, scopes. */
class SetupApiAgainstEmulatorTest {

    private EmulatorWorld world;
    private PolarClient client;

    @BeforeEach
    void start() {
        world = EmulatorWorld.start();
        client = world.client();
    }

    @AfterEach
    void stop() {
        world.close();
    }

    private static ProductCreate topUp() {
        return new ProductCreate("Plara wallet top-up", "Add any amount.", null,
                List.of(PriceInput.custom("usd", 100, 100_000L, 1_000L)), Map.of("plara_purpose", "top_up"));
    }

    @Test
    void theTokenReachesItsOneOrganization() {
        List<PolarOrganization> organizations = client.organizations().list();

        assertThat(organizations).singleElement().satisfies(organization -> {
            assertThat(organization.id()).isEqualTo("5e0c2a57-3b7a-4c44-9d1e-6a1f0c9b2d01");
            assertThat(organization.slug()).isEqualTo("plara-demo");
            assertThat(organization.defaultPresentmentCurrency()).isEqualTo("usd");
            assertThat(organization.status()).isEqualTo("active");
        });
    }

    @Test
    void aCustomPriceProductIsMadeAndSoldAndAnUpdateKeepsOrArchivesItsPrices() {
        PolarProduct made = client.products().create(topUp());

        assertThat(types(world.events(1))).containsExactly("product.created");
        PolarPrice price = made.prices().get(0);
        assertThat(price.amountType()).isEqualTo("custom");
        assertThat(List.of(price.minimumAmount(), price.maximumAmount(), price.presetAmount()))
                .containsExactly(100L, 100_000L, 1_000L);
        assertThat(client.listProducts(false)).extracting(PolarProduct::id).contains(made.id());
        assertThat(client.createCheckout(new CheckoutCreate(List.of(made.id()), 2_500L, "usd", null, "alice", null,
                null, null, null)).totalAmount()).isEqualTo(2_500);
        assertThat(types(world.events(1))).containsExactly("checkout.created");

        PolarProduct updated = client.products().update(made.id(), new ProductUpdate("Top-up", null, null, null,
                List.of(new PriceInput.Existing(price.id()), PriceInput.fixed(5_000, "usd"))));
        assertThat(types(world.events(1))).containsExactly("product.updated");
        assertThat(updated.name()).isEqualTo("Top-up");
        assertThat(updated.prices()).extracting(PolarPrice::archived).containsExactly(false, false);

        PolarProduct narrowed = client.products().update(made.id(), ProductUpdate.prices(List.of(
                PriceInput.custom("usd", 500, 50_000L, null))));
        assertThat(narrowed.prices()).filteredOn(p -> !p.archived()).singleElement()
                .satisfies(p -> assertThat(p.minimumAmount()).isEqualTo(500));
        assertThat(client.products().update(made.id(), new ProductUpdate(null, null, true, null, null)).archived())
                .isTrue();
        assertThat(client.listProducts(false)).extracting(PolarProduct::id).doesNotContain(made.id());
    }

    @Test
    void aProductPolarWouldRefuseIsRefusedWithTheField() {
        assertThatThrownBy(() -> client.products().create(new ProductCreate("No", null, null,
                List.of(PriceInput.fixed(100, "usd")), null)))
                .isInstanceOfSatisfying(PolarApiException.class, e -> assertThat(e.validationErrors())
                        .extracting(PolarApiException.ValidationError::loc).containsExactly(List.of("body", "name")));
        assertThatThrownBy(() -> client.products().create(new ProductCreate("Bad bounds", null, null,
                List.of(PriceInput.custom("usd", 1_000, 500L, null)), null)))
                .isInstanceOfSatisfying(PolarApiException.class, e -> assertThat(e.validationErrors().get(0).loc())
                        .containsExactly("body", "prices", "0", "maximum_amount"));
        assertThatThrownBy(() -> client.products().update("8d3f6c1e-2a4b-4f5d-9e8c-000000000000",
                new ProductUpdate("Nothing", null, null, null, null)))
                .isInstanceOfSatisfying(PolarApiException.class, e -> assertThat(e.isNotFound()).isTrue());
    }

    @Test
    void aRecurringProductWithATrialStartsTrialingAndConvertsAtItsFirstRenewal() throws Exception {
        assertThat(world.api("POST", "/v1/products/", "{\"name\":\"Trial plan\",\"recurring_interval\":\"month\","
                + "\"trial_interval\":\"day\",\"trial_interval_count\":7,\"prices\":[{\"amount_type\":\"fixed\","
                + "\"price_amount\":500}]}").statusCode()).isEqualTo(201);

        var trialing = world.subscribe("alice", "Trial plan");

        assertThat(trialing.status()).isEqualTo("trialing");
        assertThat(trialing.trialEnd()).isEqualTo(trialing.currentPeriodEnd())
                .isEqualTo(trialing.trialStart().plus(Duration.ofDays(7)));
        var converted = world.emulator().controls().subscriptions().renew(trialing.id());
        assertThat(converted.path("status").asText()).isEqualTo("active");
        assertThat(converted.path("current_period_start").asText()).isEqualTo(trialing.trialEnd().toString());
    }
}
