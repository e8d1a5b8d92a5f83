package dev.plara.polar.emulator;

import dev.plara.polar.model.PolarSubscription;
import dev.plara.polar.testing.EmulatorWorld;
import dev.plara.polar.testing.WebhookReceiver.Delivery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.time.Instant;

import static dev.plara.polar.testing.EmulatorWorld.data;

/** An emulator where alice has just subscribed to the Monthly Plan: what the lifecycle tests start from. */
abstract class AliceSubscribed {

    static final String PLAN = "Monthly Plan";
    static final String BIGGER_PLAN = "Monthly Plan \u2013 everything";

    EmulatorWorld world;
    SubscriptionControls controls;
    PolarSubscription subscription;

    @BeforeEach
    void subscribe() {
        world = EmulatorWorld.start();
        controls = world.emulator().controls().subscriptions();
        subscription = world.subscribe("alice", PLAN);
    }

    @AfterEach
    void stop() {
        world.close();
    }

    PolarSubscription now() {
        return world.client().subscriptions().get(subscription.id());
    }

    static Instant modifiedAt(Delivery delivery) {
        return Instant.parse(data(delivery).path("modified_at").asText());
    }
}
