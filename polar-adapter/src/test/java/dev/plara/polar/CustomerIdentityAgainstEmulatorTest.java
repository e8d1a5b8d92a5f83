package dev.plara.polar;

import dev.plara.polar.client.CustomerCreate;
import dev.plara.polar.client.OrderQuery;
import dev.plara.polar.client.PolarApiException;
import dev.plara.polar.client.PolarClient;
import dev.plara.polar.client.PolarClientConfig;
import dev.plara.polar.client.RetryPolicy;
import dev.plara.polar.emulator.EmulatorConfig;
import dev.plara.polar.emulator.PolarEmulator;
import dev.plara.polar.model.PolarOrder;
import dev.plara.polar.testing.HostedCheckout;
import dev.plara.polar.webhook.PolarEventTranslator;
import dev.plara.wallet.core.contract.CustomerDirectoryContract;
import dev.plara.wallet.core.domain.payment.CheckoutPurpose;
import dev.plara.wallet.core.domain.payment.PaymentEvent;
import dev.plara.wallet.core.domain.user.CustomerDetails;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.out.CheckoutRequest;
import dev.plara.wallet.core.port.out.CustomerDirectory;
import dev.plara.wallet.core.port.out.OpenedCheckout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Polar's customers of Plara's users over the emulator, which keeps customers as Polar does: the directory holds to
 * its contract, and a guest's checkout leaves no made-up external id at Polar while its order still names the guest.
 */
class CustomerIdentityAgainstEmulatorTest extends CustomerDirectoryContract {

    private final PolarEmulator emulator = PolarEmulator.start(EmulatorConfig.forTests());
    private final PolarClient client = new PolarClient(PolarClientConfig.of(emulator.baseUrl(),
            emulator.accessToken()).withRetryPolicy(RetryPolicy.none()));

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Override
    protected CustomerDirectory newDirectory() {
        return new PolarCustomerDirectory(client);
    }

    @Override
    protected CustomerDirectory unreachableDirectory() {
        return new PolarCustomerDirectory(new PolarClient(PolarClientConfig.of("http://127.0.0.1:1",
                emulator.accessToken()).withRetryPolicy(RetryPolicy.none())));
    }

    @Override
    protected Optional<CustomerDetails> customerAt(UserId user) {
        try {
            var customer = client.customers().getByExternalId(user.value());
            return Optional.of(new CustomerDetails(customer.email(), customer.name()));
        } catch (PolarApiException notFound) {
            return Optional.empty();
        }
    }

    @Test
    void aGuestsPurchaseLeavesNoMadeUpExternalIdAndItsOrderNamesTheGuestNotTheEmailsCustomer() throws Exception {
        client.customers().create(new CustomerCreate("zoe@plara.dev", "Zoe", "zoe-user", null));
        var photos = client.listProducts(false).stream()
                .filter(product -> product.name().equals("Lifetime photo collection")).findFirst().orElseThrow();
        var gateway = new PolarCheckoutGateway(client, "https://plara.dev/done", null);
        var guestCheckout = (OpenedCheckout) gateway.open(new CheckoutRequest(CheckoutPurpose.PRODUCT_PURCHASE,
                photos.id(), null, "mia@plara.dev", null));
        var zoesAsGuest = (OpenedCheckout) gateway.open(new CheckoutRequest(CheckoutPurpose.PRODUCT_PURCHASE,
                photos.id(), null, "zoe@plara.dev", null));

        var mia = paid(guestCheckout);
        var zoe = paid(zoesAsGuest);

        assertThat(client.getCheckout(guestCheckout.id()).externalCustomerId()).isNull();
        assertThat(mia.customer().externalId()).isNull();
        assertThat(mia.metadata()).containsEntry("plara_guest_email", "mia@plara.dev").doesNotContainKey("plara_user_id");
        var translator = new PolarEventTranslator(emulator.topUpProductId());
        for (var order : new PolarOrder[] {mia, zoe}) {
            assertThat(translator.paidOrder(order)).isInstanceOfSatisfying(PaymentEvent.ProductPaid.class,
                    paid -> assertThat(paid.order().claimedUser()).as("a guest's order claims no user").isNull());
        }
        assertThat(((PaymentEvent.ProductPaid) translator.paidOrder(zoe)).order().email()).isEqualTo("zoe@plara.dev");
    }

    private PolarOrder paid(OpenedCheckout checkout) throws Exception {
        assertThat(new HostedCheckout().pay(checkout.url(), "4242424242424242", null).statusCode()).isEqualTo(303);
        return client.listOrders(OrderQuery.all().withCheckoutId(checkout.id())).get(0);
    }
}
