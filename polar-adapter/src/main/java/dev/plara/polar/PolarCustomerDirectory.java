package dev.plara.polar;

import dev.plara.polar.client.CustomerCreate;
import dev.plara.polar.client.CustomerUpdate;
import dev.plara.polar.client.PolarApiException;
import dev.plara.polar.client.PolarClient;
import dev.plara.wallet.core.domain.user.CustomerDetails;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.out.CustomerDirectory;

import java.util.Objects;

/**
 * Polar's customers of Plara's users, by external id: one {@code PATCH /v1/customers/external/{id}} when the customer
 * exists, a {@code POST /v1/customers/} when it does not (and the update again if another server made it meanwhile).
 */
public final class PolarCustomerDirectory implements CustomerDirectory {

    private final PolarClient client;

    public PolarCustomerDirectory(PolarClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public CustomerSyncResult sync(UserId user, CustomerDetails details) {
        try {
            return update(user, details);
        } catch (PolarApiException e) {
            if (!e.isNotFound()) {
                return refusedOrFault(user, e);
            }
        }
        try {
            client.customers().create(new CustomerCreate(details.email(), details.name(), user.value(), null));
            return new CustomerSyncResult.Synced();
        } catch (PolarApiException e) {
            return e.status() == 422 ? retryUpdate(user, details, e) : refusedOrFault(user, e);
        }
    }

    private CustomerSyncResult update(UserId user, CustomerDetails details) {
        client.customers().updateByExternalId(user.value(), new CustomerUpdate(details.email(), details.name(), null));
        return new CustomerSyncResult.Synced();
    }

    /** A customer with the id appeared since the update found none (another server), or the email is taken. */
    private CustomerSyncResult retryUpdate(UserId user, CustomerDetails details, PolarApiException createRefused) {
        try {
            return update(user, details);
        } catch (PolarApiException e) {
            return e.isNotFound() ? refusedOrFault(user, createRefused) : refusedOrFault(user, e);
        }
    }

    private static CustomerSyncResult refusedOrFault(UserId user, PolarApiException e) {
        if (e.status() == 422) {
            return new CustomerSyncResult.Refused(ProviderCalls.refusal("the customer details of " + user, e));
        }
        throw ProviderCalls.fault("keep the customer of " + user + " current", e);
    }
}
