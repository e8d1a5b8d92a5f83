package dev.plara.polar;

import dev.plara.polar.client.PolarClient;
import dev.plara.polar.client.SubscriptionQuery;
import dev.plara.polar.webhook.PolarEventTranslator;
import dev.plara.wallet.core.domain.payment.PaymentEvent;
import dev.plara.wallet.core.domain.payment.SubscriptionChange;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.out.SubscriptionHistory;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The subscriptions Polar holds for a user ({@code GET /v1/subscriptions/?external_customer_id=}), translated exactly
 * as their webhooks are, for reconciliation.
 */
public final class PolarSubscriptionHistory implements SubscriptionHistory {

    private final PolarClient client;
    private final PolarEventTranslator translator;

    public PolarSubscriptionHistory(PolarClient client, PolarEventTranslator translator) {
        this.client = Objects.requireNonNull(client, "client");
        this.translator = Objects.requireNonNull(translator, "translator");
    }

    @Override
    public List<SubscriptionChange> subscriptionsOf(UserId user) {
        var listed = ProviderCalls.call("list subscriptions", () -> client.subscriptions().list(
                SubscriptionQuery.all().withExternalCustomerId(user.value())));
        return listed.stream().map(translator::subscription)
                .flatMap(event -> event instanceof PaymentEvent.SubscriptionChanged changed
                        ? Stream.of(changed.change()) : Stream.empty())
                .toList();
    }
}
