package dev.plara.polar;

import dev.plara.polar.client.PolarClient;
import dev.plara.polar.client.PolarClientConfig;
import dev.plara.polar.client.RetryPolicy;
import dev.plara.polar.emulator.EmulatorConfig;
import dev.plara.polar.emulator.PolarEmulator;
import dev.plara.polar.testing.EmulatorPurchases;
import dev.plara.polar.webhook.PolarEventTranslator;
import dev.plara.wallet.core.contract.CheckoutGatewayContract;
import dev.plara.wallet.core.contract.PaymentHistoryContract.PaidOrder;
import dev.plara.wallet.core.contract.PaymentHistoryContract;
import dev.plara.wallet.core.contract.ProductCatalogContract;
import dev.plara.wallet.core.contract.RefundGatewayContract;
import dev.plara.wallet.core.contract.SoldProducts;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.PaymentProduct;
import dev.plara.wallet.core.port.out.CheckoutGateway;
import dev.plara.wallet.core.port.out.OpenedCheckout;
import dev.plara.wallet.core.port.out.PaymentHistory;
import dev.plara.wallet.core.port.out.ProductCatalog;
import dev.plara.wallet.core.port.out.RefundGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

import java.time.Instant;

/** The provider-side contracts on Polar: each test against a fresh emulator, over real HTTP. */
class PolarProviderContractsTest {

    private final PolarEmulator emulator = PolarEmulator.start(EmulatorConfig.forTests());
    private final PolarClient client = client(emulator.baseUrl());
    private final EmulatorPurchases purchases = new EmulatorPurchases(emulator, client);

    @AfterEach
    void stop() {
        emulator.close();
    }

    private static PolarClient client(String baseUrl) {
        return new PolarClient(PolarClientConfig.of(baseUrl, EmulatorConfig.DEFAULT_TOKEN)
                .withRetryPolicy(RetryPolicy.none()));
    }

    /** A client of a Polar nothing listens for. */
    private static PolarClient unreachable() {
        return client("http://127.0.0.1:1");
    }

    private SoldProducts sold() {
        var photos = new PolarProductCatalog(client).products().stream()
                .filter(product -> product.name().equals("Lifetime photo collection"))
                .map(PaymentProduct::id).findFirst().orElseThrow();
        return new SoldProducts(emulator.topUpProductId(), photos, Money.usd(19_00));
    }

    @Nested
    class Checkouts extends CheckoutGatewayContract {
        @Override
        protected CheckoutGateway newGateway() {
            return purchases.gateway();
        }

        @Override
        protected CheckoutGateway unreachableGateway() {
            return new PolarCheckoutGateway(unreachable(), "https://plara.dev/done", null);
        }

        @Override
        protected SoldProducts sold() {
            return PolarProviderContractsTest.this.sold();
        }

        @Override
        protected void pay(OpenedCheckout checkout) {
            purchases.pay(checkout, "carol@plara.dev");
        }

        @Override
        protected String userKeptOn(String checkoutId) {
            return client.getCheckout(checkoutId).externalCustomerId();
        }
    }

    @Nested
    class Catalog extends ProductCatalogContract {
        @Override
        protected ProductCatalog newCatalog() {
            return new PolarProductCatalog(client);
        }

        @Override
        protected ProductCatalog unreachableCatalog() {
            return new PolarProductCatalog(unreachable());
        }

        @Override
        protected SoldProducts sold() {
            return PolarProviderContractsTest.this.sold();
        }
    }

    @Nested
    class Refunds extends RefundGatewayContract {
        @Override
        protected RefundGateway newRefundGateway() {
            return new PolarRefundGateway(client);
        }

        @Override
        protected RefundGateway unreachableRefundGateway() {
            return new PolarRefundGateway(unreachable());
        }

        @Override
        protected String aPaidOrder(Money amount) {
            return purchases.paidDeposit("alice", amount).id();
        }
    }

    @Nested
    class History extends PaymentHistoryContract {
        @Override
        protected PaymentHistory newHistory() {
            return new PolarPaymentHistory(client, new PolarEventTranslator(emulator.topUpProductId()));
        }

        @Override
        protected PaymentHistory unreachableHistory() {
            return new PolarPaymentHistory(unreachable(), new PolarEventTranslator(emulator.topUpProductId()));
        }

        @Override
        protected PaidOrder payDeposit(String user, Money amount) {
            var order = purchases.paidDeposit(user, amount);
            return new PaidOrder(order.id(), order.createdAt());
        }

        @Override
        protected Instant refund(String orderId, Money amount) {
            var accepted = (RefundGateway.ProviderRefundResult.Accepted) new PolarRefundGateway(client)
                    .request(orderId, amount, "customer_request");
            return client.listRefunds(orderId).stream().filter(refund -> refund.id().equals(accepted.refundId()))
                    .findFirst().orElseThrow().createdAt();
        }
    }
}
