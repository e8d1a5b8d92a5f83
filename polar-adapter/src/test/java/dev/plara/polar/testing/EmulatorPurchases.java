package dev.plara.polar.testing;

import dev.plara.polar.PolarCheckoutGateway;
import dev.plara.polar.client.OrderQuery;
import dev.plara.polar.client.PolarClient;
import dev.plara.polar.emulator.PolarEmulator;
import dev.plara.polar.model.PolarOrder;
import dev.plara.wallet.core.domain.payment.CheckoutPurpose;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.out.CheckoutRequest;
import dev.plara.wallet.core.port.out.OpenedCheckout;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Buys on the emulator as a customer does: a checkout opened through the gateway, paid on the hosted page over HTTP. */
public final class EmulatorPurchases {

    private static final String CARD = "4242 4242 4242 4242";

    private final PolarEmulator emulator;
    private final PolarClient client;
    private final PolarCheckoutGateway gateway;

    public EmulatorPurchases(PolarEmulator emulator, PolarClient client) {
        this.emulator = emulator;
        this.client = client;
        this.gateway = new PolarCheckoutGateway(client, "https://plara.dev/done/{CHECKOUT_ID}", "https://plara.dev/back");
    }

    public PolarCheckoutGateway gateway() {
        return gateway;
    }

    /** {@code user} pays a wallet deposit of {@code amount}; the order Polar made of it. */
    public PolarOrder paidDeposit(String user, Money amount) {
        var opened = (OpenedCheckout) gateway.open(new CheckoutRequest(CheckoutPurpose.WALLET_DEPOSIT,
                emulator.topUpProductId(), UserId.of(user), null, amount));
        pay(opened, user + "@plara.dev");
        return client.listOrders(OrderQuery.all().withCheckoutId(opened.id())).get(0);
    }

    /** Pays {@code checkout} on the hosted page with a card that succeeds. */
    public void pay(OpenedCheckout checkout, String email) {
        try {
            var paid = new HostedCheckout().pay(checkout.url(), CARD, email);
            if (paid.statusCode() != 303) {
                throw new IllegalStateException("the hosted page did not take the payment: " + paid.statusCode());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
