package dev.plara.wallet.core.embedding;

import dev.plara.wallet.core.port.out.CheckoutGateway;
import dev.plara.wallet.core.port.out.CustomerDirectory;
import dev.plara.wallet.core.port.out.PaymentHistory;
import dev.plara.wallet.core.port.out.PaymentWebhooks;
import dev.plara.wallet.core.port.out.ProductCatalog;
import dev.plara.wallet.core.port.out.RefundGateway;
import dev.plara.wallet.core.port.out.ProviderSubscriptions;
import dev.plara.wallet.core.port.out.WebhookDeliveries;

import java.util.Objects;

/**
 * The payment provider's faces the core uses: checkouts, its customers, the product list, refunds, webhooks, its
 * order history, its subscriptions and its record of webhook deliveries.
 */
public record PaymentProvider(CheckoutGateway checkouts, CustomerDirectory customers, ProductCatalog products,
                              RefundGateway refunds, PaymentWebhooks webhooks, PaymentHistory history,
                              ProviderSubscriptions subscriptions, WebhookDeliveries deliveries) {

    public PaymentProvider {
        Objects.requireNonNull(checkouts, "checkouts");
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(products, "products");
        Objects.requireNonNull(refunds, "refunds");
        Objects.requireNonNull(webhooks, "webhooks");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(deliveries, "deliveries");
    }
}
