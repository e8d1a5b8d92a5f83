package dev.plara.polar.client;

import dev.plara.polar.model.PolarCustomer;
import dev.plara.polar.model.PolarCustomerSession;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Polar's customers, found by the user id Plara gives them ({@code external_id}), and customer sessions, which open
 * the customer portal. Creating and changing are not retried after a 5xx or a timeout (read the customer again).
 */
public final class CustomersClient {

    private final Listings listings;

    CustomersClient(Listings listings) {
        this.listings = listings;
    }

    public PolarCustomer create(CustomerCreate customer) {
        return listings.http().once("POST", "/v1/customers/", customer, listings.type(PolarCustomer.class));
    }

    /** The customer with this external id; a 404 {@link PolarApiException} when there is none. */
    public PolarCustomer getByExternalId(String externalId) {
        return listings.get(external(externalId), PolarCustomer.class);
    }

    public PolarCustomer updateByExternalId(String externalId, CustomerUpdate update) {
        return listings.http().once("PATCH", external(externalId), update, listings.type(PolarCustomer.class));
    }

    /**
     * A session for the customer with this external id; {@code returnUrl} ({@code null}: none) is the portal's back
     * link. Its {@code customer_portal_url} opens the portal.
     */
    public PolarCustomerSession createSession(String externalId, String returnUrl) {
        Map<String, Object> body = new HashMap<>();
        body.put("external_customer_id", Objects.requireNonNull(externalId, "external id"));
        if (returnUrl != null) {
            body.put("return_url", returnUrl);
        }
        return listings.http().post("/v1/customer-sessions/", body, listings.type(PolarCustomerSession.class));
    }

    private static String external(String externalId) {
        return "/v1/customers/external/" + Listings.segment(externalId);
    }
}
