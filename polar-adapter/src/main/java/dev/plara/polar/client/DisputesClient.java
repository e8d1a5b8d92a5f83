package dev.plara.polar.client;

import dev.plara.polar.model.PolarDispute;

import java.util.List;

/** Polar's disputes (chargebacks), which no webhook announces: listed by order and status, newest first. */
public final class DisputesClient {

    private final Listings listings;

    DisputesClient(Listings listings) {
        this.listings = listings;
    }

    /** Disputes of {@code orderId} ({@code null}: any) in any of {@code statuses} ({@code null}: any). */
    public List<PolarDispute> list(String orderId, List<String> statuses) {
        QueryString query = new QueryString().add("order_id", orderId).addAll("status", statuses);
        return listings.all("/v1/disputes/", query, PolarDispute.class);
    }

    public PolarDispute get(String disputeId) {
        return listings.get("/v1/disputes/" + Listings.segment(disputeId), PolarDispute.class);
    }
}
