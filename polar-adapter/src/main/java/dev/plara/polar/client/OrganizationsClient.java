package dev.plara.polar.client;

import dev.plara.polar.model.PolarOrganization;

import java.util.List;

/** The organizations the token reaches: for an organization token, exactly its own. */
public final class OrganizationsClient {

    private final Listings listings;

    OrganizationsClient(Listings listings) {
        this.listings = listings;
    }

    public List<PolarOrganization> list() {
        return listings.all("/v1/organizations/", new QueryString(), PolarOrganization.class);
    }
}
