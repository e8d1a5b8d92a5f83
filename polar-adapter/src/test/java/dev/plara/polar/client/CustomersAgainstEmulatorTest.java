package dev.plara.polar.client;

import dev.plara.polar.model.PolarCheckout;
import dev.plara.polar.model.PolarCustomer;
import dev.plara.polar.model.PolarOrder;
import dev.plara.polar.testing.EmulatorWorld;
import dev.plara.polar.testing.HostedCheckout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static dev.plara.polar.testing.EmulatorWorld.data;
import static dev.plara.polar.testing.EmulatorWorld.types;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Polar's customers over the client: made, found and updated by external id; and how checkouts meet them, as in
 * Polar's PR #10260 (an external id whose customer has another email is refused with 422).
 */
class CustomersAgainstEmulatorTest {

    private EmulatorWorld world;
    private CustomersClient customers;

    @BeforeEach
    void start() {
        world = EmulatorWorld.start();
        customers = world.client().customers();
    }

    @AfterEach
    void stop() {
        world.close();
    }

    private PolarCheckout topUp(String externalId, String email) {
        return world.client().createCheckout(new CheckoutCreate(List.of(world.emulator().topUpProductId()), 1000L,
                "usd", email, externalId, null, null, null, null));
    }

    private PolarOrder pay(PolarCheckout checkout, String email) throws Exception {
        assertThat(new HostedCheckout().pay(checkout.url(), "4242424242424242", email).statusCode()).isEqualTo(303);
        return world.client().listOrders(OrderQuery.all().withCheckoutId(checkout.id())).get(0);
    }

    @Test
    void aCustomerIsMadeFoundAndUpdatedByItsExternalId() {
        PolarCustomer made = customers.create(new CustomerCreate("alice@plara.dev", "Alice Abebe", "alice",
                Map.of("plan", "gold")));
        assertThat(types(world.events(1))).containsExactly("customer.created");
        assertThat(made.externalId()).isEqualTo("alice");
        assertThat(made.metadata()).containsEntry("plan", "gold");
        assertThat(customers.getByExternalId("alice")).isEqualTo(made);

        PolarCustomer updated = customers.updateByExternalId("alice", new CustomerUpdate("alice@new.plara.dev",
                "Alice A.", null));

        assertThat(types(world.events(1))).containsExactly("customer.updated");
        assertThat(updated.email()).isEqualTo("alice@new.plara.dev");
        assertThat(updated.name()).isEqualTo("Alice A.");
        assertThat(updated.metadata()).as("left as it was").containsEntry("plan", "gold");
        assertThat(updated.modifiedAt()).isNotNull();
        assertThat(customers.getByExternalId("alice").email()).isEqualTo("alice@new.plara.dev");
    }

    @Test
    void emailsAndExternalIdsBelongToOneCustomerEach() {
        customers.create(new CustomerCreate("alice@plara.dev", null, "alice", null));
        customers.create(new CustomerCreate("bob@plara.dev", null, "bob", null));

        assertThatThrownBy(() -> customers.create(new CustomerCreate("ALICE@plara.dev", null, "alice-2", null)))
                .isInstanceOfSatisfying(PolarApiException.class, e -> assertThat(e.validationErrors())
                        .singleElement().satisfies(error -> {
                            assertThat(error.loc()).containsExactly("body", "email");
                            assertThat(error.msg()).isEqualTo("A customer with this email address already exists.");
                        }));
        assertThatThrownBy(() -> customers.create(new CustomerCreate("other@plara.dev", null, "alice", null)))
                .isInstanceOfSatisfying(PolarApiException.class, e -> assertThat(e.status()).isEqualTo(422));
        assertThatThrownBy(() -> customers.updateByExternalId("bob", new CustomerUpdate("alice@plara.dev", null,
                null))).isInstanceOfSatisfying(PolarApiException.class, e -> assertThat(e.status()).isEqualTo(422));
        assertThatThrownBy(() -> customers.getByExternalId("carol"))
                .isInstanceOfSatisfying(PolarApiException.class, e -> {
                    assertThat(e.isNotFound()).isTrue();
                    assertThat(e.errorType()).isEqualTo("ResourceNotFound");
                });
        assertThat(customers.getByExternalId("bob").email()).isEqualTo("bob@plara.dev");
    }

    @Test
    void aCheckoutWhoseExternalIdNamesACustomerWithAnotherEmailIsRefused() {
        customers.create(new CustomerCreate("alice@plara.dev", null, "alice", null));

        assertThatThrownBy(() -> topUp("alice", "alice@new.plara.dev"))
                .isInstanceOfSatisfying(PolarApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.errorType()).isEqualTo("CheckoutCustomerExternalIdMismatch");
                    assertThat(e.detail()).isEqualTo("A customer with this external ID already exists but with a "
                            + "different email address.");
                });

        customers.updateByExternalId("alice", new CustomerUpdate("alice@new.plara.dev", null, null));
        assertThat(topUp("alice", "alice@new.plara.dev").customerEmail()).isEqualTo("alice@new.plara.dev");
    }

    @Test
    void aCheckoutForAKnownExternalIdIsLinkedToItsCustomerAndPaysUnderIt() throws Exception {
        PolarCustomer alice = customers.create(new CustomerCreate("alice@plara.dev", null, "alice", null));
        world.events(1);

        PolarCheckout checkout = topUp("alice", null);
        assertThat(checkout.customerEmail()).as("Polar fills the email in").isEqualTo("alice@plara.dev");
        assertThat(checkout.customerId()).isEqualTo(alice.id());
        PolarOrder order = pay(checkout, null);

        assertThat(order.customer().id()).isEqualTo(alice.id());
        assertThat(types(world.receiver().until("checkout.updated", EmulatorWorld.WAIT)))
                .doesNotContain("customer.created");
    }

    @Test
    void anExternalIdThatNamesNobodyMakesItsCustomerAtThePayment() throws Exception {
        PolarOrder order = pay(topUp("dave", "dave@plara.dev"), null);

        assertThat(order.customer().externalId()).isEqualTo("dave");
        assertThat(customers.getByExternalId("dave").email()).isEqualTo("dave@plara.dev");
        assertThat(data(world.receiver().until("customer.created", EmulatorWorld.WAIT).get(1))
                .path("external_id").asText()).isEqualTo("dave");
    }

    @Test
    void aPayerWhoseEmailAlreadyHasACustomerPaysUnderItAndTheExternalIdDoesNotReachIt() throws Exception {
        PolarCustomer guest = customers.create(new CustomerCreate("erin@plara.dev", null, null, null));

        PolarOrder order = pay(topUp("erin", null), "erin@plara.dev");

        assertThat(order.customer().id()).isEqualTo(guest.id());
        assertThat(order.customer().externalId()).as("Polar's known gap: carry the user id in metadata").isNull();
    }

    @Test
    void aCustomerMadeWithTheExternalIdAfterTheCheckoutOpenedStopsAPaymentWithAnotherEmail() throws Exception {
        PolarCheckout checkout = topUp("frank", null);
        customers.create(new CustomerCreate("frank@plara.dev", null, "frank", null));

        HttpResponse<String> refused = new HostedCheckout().pay(checkout.url(), "4242424242424242",
                "frank@elsewhere.plara.dev");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("A customer with this external ID already exists but with a different "
                + "email address.");
        assertThat(world.client().getCheckout(checkout.id()).status()).isEqualTo("open");
        assertThat(world.client().listOrders(OrderQuery.all().withCheckoutId(checkout.id()))).isEmpty();
    }
}
