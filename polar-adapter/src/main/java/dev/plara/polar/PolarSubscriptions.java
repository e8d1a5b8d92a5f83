package dev.plara.polar;

import dev.plara.polar.client.PolarApiException;
import dev.plara.polar.client.PolarClient;
import dev.plara.polar.client.SubscriptionQuery;
import dev.plara.polar.model.PolarMoney;
import dev.plara.polar.model.PolarSubscription;
import dev.plara.polar.webhook.PolarEventTranslator;
import dev.plara.wallet.core.domain.payment.PaymentEvent;
import dev.plara.wallet.core.domain.payment.ProviderSubscription;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.out.ProviderSubscriptions;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The subscriptions Polar holds for a user ({@code GET /v1/subscriptions/?external_customer_id=}), translated exactly
 * as their webhooks are, and Polar's customer portal through a customer session ({@code POST /v1/customer-sessions/}
 * with the user's id as external id).
 */
public final class PolarSubscriptions implements ProviderSubscriptions {

    private final PolarClient client;
    private final PolarEventTranslator translator;

    public PolarSubscriptions(PolarClient client, PolarEventTranslator translator) {
        this.client = Objects.requireNonNull(client, "client");
        this.translator = Objects.requireNonNull(translator, "translator");
    }

    @Override
    public List<ProviderSubscription> subscriptionsOf(UserId user) {
        var listed = ProviderCalls.call("list subscriptions", () -> client.subscriptions().list(
                SubscriptionQuery.all().withExternalCustomerId(user.value())));
        return listed.stream().flatMap(subscription -> subscription(subscription).stream()).toList();
    }

    private Optional<ProviderSubscription> subscription(PolarSubscription subscription) {
        return Stream.of(translator.subscription(subscription))
                .flatMap(event -> event instanceof PaymentEvent.SubscriptionChanged changed
                        ? Stream.of(changed.change()) : Stream.empty())
                .map(state -> new ProviderSubscription(state, PolarMoney.of(subscription.amount(),
                        subscription.currency()), subscription.recurringInterval()))
                .findFirst();
    }

    @Override
    public Optional<String> portalUrl(UserId user, String returnUrl) {
        try {
            return Optional.of(client.customers().createSession(user.value(), returnUrl).customerPortalUrl());
        } catch (PolarApiException e) {
            if (e.status() == 404 || e.status() == 422) {
                return Optional.empty();
            }
            throw ProviderCalls.fault("open the customer portal", e);
        }
    }
}
