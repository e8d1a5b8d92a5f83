package dev.plara.polar.emulator;

import dev.plara.polar.client.PolarApiException;
import dev.plara.polar.model.PolarCustomerSession;
import dev.plara.polar.model.PolarSubscription;
import dev.plara.polar.testing.EmulatorWorld;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static dev.plara.polar.testing.EmulatorWorld.types;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** A customer session opens the emulator's portal, where the customer cancels, keeps or changes a subscription. */
class CustomerPortalTest {

    private static final String BACK = "https://plara.dev/purchases";

    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private EmulatorWorld world;
    private PolarSubscription subscription;
    private PolarCustomerSession session;

    @BeforeEach
    void subscribeAndOpenASession() {
        world = EmulatorWorld.start();
        subscription = world.subscribe("alice", "Monthly Plan");
        session = world.client().customers().createSession("alice", BACK);
    }

    @AfterEach
    void stop() {
        world.close();
    }

    private HttpResponse<String> open(String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> press(String subscriptionId, String action, String extra) throws Exception {
        String form = "customer_session_token=" + session.token() + extra;
        return browser.send(HttpRequest.newBuilder(URI.create(world.emulator().baseUrl() + "/portal/subscriptions/"
                        + subscriptionId + "/" + action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Follows the portal's 303 back to its page. */
    private String after(HttpResponse<String> posted) throws Exception {
        assertThat(posted.statusCode()).isEqualTo(303);
        return open(world.emulator().baseUrl() + posted.headers().firstValue("Location").orElseThrow()).body();
    }

    @Test
    void aSessionNamesTheCustomerAndItsPortalForAnHour() {
        assertThat(session.customerPortalUrl()).isEqualTo(world.emulator().baseUrl()
                + "/portal?customer_session_token=" + session.token());
        assertThat(session.token()).startsWith("polar_cst_");
        assertThat(session.customer().externalId()).isEqualTo("alice");
        assertThat(session.returnUrl()).isEqualTo(BACK);
        assertThat(session.expiresAt()).isCloseTo(session.createdAt().plus(Duration.ofHours(1)),
                within(Duration.ofSeconds(1)));
        assertThatThrownBy(() -> world.client().customers().createSession("nobody", null))
                .isInstanceOfSatisfying(PolarApiException.class, e -> assertThat(e.detail())
                        .contains("Customer does not exist."));
    }

    @Test
    void thePortalListsTheSubscriptionWithItsPriceRenewalAndTheWayBack() throws Exception {
        HttpResponse<String> page = open(session.customerPortalUrl());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Monthly Plan", "9.00 USD per month", "Status: <span class=\"status\">active",
                "Renews on " + subscription.currentPeriodEnd(), "Cancel at the end of the period", "Change plan",
                "Monthly Plan \u2013 everything (15.00 USD)", "href=\"" + BACK + "\"");
    }

    @Test
    void cancelingInThePortalKeepsAccessUntilThePeriodEndsAndKeepingItUndoesThat() throws Exception {
        String canceled = after(press(subscription.id(), "cancel", ""));

        assertThat(canceled).contains("Your subscription will end on " + subscription.currentPeriodEnd(),
                "Ends on " + subscription.currentPeriodEnd(), "Keep my subscription");
        assertThat(types(world.events(2))).containsExactly("subscription.updated", "subscription.canceled");
        PolarSubscription now = world.client().subscriptions().get(subscription.id());
        assertThat(now.status()).isEqualTo("active");
        assertThat(now.cancelAtPeriodEnd()).isTrue();

        assertThat(after(press(subscription.id(), "uncancel", ""))).contains("Your subscription will renew on");
        assertThat(types(world.events(2))).containsExactly("subscription.updated", "subscription.uncanceled");
    }

    @Test
    void changingThePlanInThePortalMovesTheSubscriptionToIt() throws Exception {
        String bigger = world.productId("Monthly Plan \u2013 everything");

        String page = after(press(subscription.id(), "change", "&product_id=" + bigger));

        assertThat(page).contains("Your plan is now Monthly Plan \u2013 everything.");
        assertThat(types(world.events(1))).containsExactly("subscription.updated");
        assertThat(world.client().subscriptions().get(subscription.id()).productId()).isEqualTo(bigger);
    }

    @Test
    void anotherCustomersSubscriptionIsNotTouched() throws Exception {
        PolarSubscription bobs = world.subscribe("bob", "Monthly Plan");

        assertThat(after(press(bobs.id(), "cancel", ""))).contains("That subscription is not yours.");
        assertThat(world.client().subscriptions().get(bobs.id()).cancelAtPeriodEnd()).isFalse();
    }

    @Test
    void anExpiredOrUnknownTokenOpensNothing() throws Exception {
        world.emulator().controls().advanceClock(Duration.ofMinutes(61));

        HttpResponse<String> expired = open(session.customerPortalUrl());
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(expired.body()).contains("This link has expired").doesNotContain("Monthly Plan");
        assertThat(press(subscription.id(), "cancel", "").statusCode()).isEqualTo(401);
        assertThat(open(world.emulator().baseUrl() + "/portal?customer_session_token="
                + URLEncoder.encode("<forged>", StandardCharsets.UTF_8)).statusCode()).isEqualTo(401);
    }
}
