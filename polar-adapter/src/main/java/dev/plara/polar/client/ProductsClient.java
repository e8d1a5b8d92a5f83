package dev.plara.polar.client;

import dev.plara.polar.model.PolarProduct;

/** Creates, reads and updates products; a create or update is not retried after a 5xx or a timeout. */
public final class ProductsClient {

    private final Listings listings;

    ProductsClient(Listings listings) {
        this.listings = listings;
    }

    public PolarProduct create(ProductCreate product) {
        return listings.http().once("POST", "/v1/products/", product, listings.type(PolarProduct.class));
    }

    public PolarProduct get(String productId) {
        return listings.get(path(productId), PolarProduct.class);
    }

    public PolarProduct update(String productId, ProductUpdate update) {
        return listings.http().once("PATCH", path(productId), update, listings.type(PolarProduct.class));
    }

    private static String path(String productId) {
        return "/v1/products/" + Listings.segment(productId);
    }
}
