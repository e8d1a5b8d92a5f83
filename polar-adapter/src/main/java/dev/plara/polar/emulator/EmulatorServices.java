package dev.plara.polar.emulator;

import dev.plara.polar.emulator.api.ApiRoutes;
import dev.plara.polar.emulator.api.CheckoutRoutes;
import dev.plara.polar.emulator.api.CustomerRoutes;
import dev.plara.polar.emulator.api.DisputeRoutes;
import dev.plara.polar.emulator.api.OrderRoutes;
import dev.plara.polar.emulator.api.OrganizationRoutes;
import dev.plara.polar.emulator.api.ProductRoutes;
import dev.plara.polar.emulator.api.RefundRoutes;
import dev.plara.polar.emulator.api.SubscriptionRoutes;
import dev.plara.polar.emulator.api.WebhookRoutes;
import dev.plara.polar.emulator.json.JsonRenderer;
import dev.plara.polar.emulator.service.CardPayments;
import dev.plara.polar.emulator.service.CheckoutOpening;
import dev.plara.polar.emulator.service.CustomerDirectory;
import dev.plara.polar.emulator.service.CustomerSessions;
import dev.plara.polar.emulator.service.Disputes;
import dev.plara.polar.emulator.service.EventSink;
import dev.plara.polar.emulator.service.OrderSettlement;
import dev.plara.polar.emulator.service.Orders;
import dev.plara.polar.emulator.service.PlanChanges;
import dev.plara.polar.emulator.service.ProductCatalog;
import dev.plara.polar.emulator.service.Refunds;
import dev.plara.polar.emulator.service.Settlement;
import dev.plara.polar.emulator.service.SubscriptionChanges;
import dev.plara.polar.emulator.service.SubscriptionEvents;
import dev.plara.polar.emulator.service.SubscriptionRenewals;
import dev.plara.polar.emulator.service.SubscriptionTransitions;
import dev.plara.polar.emulator.service.TaxRules;
import dev.plara.polar.emulator.service.TaxSetting;
import dev.plara.polar.emulator.service.WebhookEndpoints;
import dev.plara.polar.emulator.state.EmulatorStore;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** The emulator's services wired together by hand, and the API routes over them. */
final class EmulatorServices {

    final EmulatorStore store;
    final JsonRenderer renderer;
    final TaxRules tax;
    final Settlement settlement = new Settlement();
    final CustomerDirectory customers;
    final CustomerSessions sessions;
    final CheckoutOpening checkouts;
    final CardPayments payments;
    final OrderSettlement orderSettlement;
    final SubscriptionChanges changes;
    final PlanChanges plans;
    final SubscriptionRenewals renewals;
    final Refunds refunds;
    final Disputes disputes;
    final ProductCatalog catalog;
    final WebhookEndpoints endpoints;

    EmulatorServices(EmulatorStore store, JsonRenderer renderer, TaxSetting taxSetting, EventSink events) {
        this.store = store;
        this.renderer = renderer;
        this.tax = new TaxRules(taxSetting);
        Orders orders = new Orders(store, tax, renderer);
        SubscriptionEvents subscriptionEvents = new SubscriptionEvents(renderer);
        SubscriptionTransitions transitions = new SubscriptionTransitions(store, orders, subscriptionEvents, events);
        this.customers = new CustomerDirectory(store, renderer, events);
        this.sessions = new CustomerSessions(store, customers);
        this.checkouts = new CheckoutOpening(store, customers, tax, renderer, events);
        this.payments = new CardPayments(store, customers, orders, settlement, subscriptionEvents, renderer, events);
        this.orderSettlement = new OrderSettlement(store, orders, subscriptionEvents, renderer, events);
        this.changes = new SubscriptionChanges(orders, transitions);
        this.plans = new PlanChanges(store, orders, transitions);
        this.renewals = new SubscriptionRenewals(store, orders, transitions, subscriptionEvents, orderSettlement,
                events);
        this.refunds = new Refunds(store, settlement, renderer, events);
        this.disputes = new Disputes(store, refunds, changes);
        this.catalog = new ProductCatalog(store, renderer, events);
        this.endpoints = new WebhookEndpoints(store);
    }

    /** Every {@code /v1} route; refunds answer 503 while {@code refundAnswersLost}, redeliveries go to {@code redeliver}. */
    ApiRoutes routes(BooleanSupplier refundAnswersLost, Consumer<String> redeliver) {
        ApiRoutes routes = new ApiRoutes();
        new ProductRoutes(store, catalog, renderer).register(routes);
        new CheckoutRoutes(store, checkouts, renderer).register(routes);
        new OrderRoutes(store, renderer).register(routes);
        new RefundRoutes(store, refunds, renderer, refundAnswersLost).register(routes);
        new SubscriptionRoutes(store, changes, plans, renderer).register(routes);
        new CustomerRoutes(store, customers, sessions, renderer).register(routes);
        new OrganizationRoutes(renderer).register(routes);
        new WebhookRoutes(store, endpoints, renderer, redeliver).register(routes);
        new DisputeRoutes(store, renderer).register(routes);
        return routes;
    }
}
