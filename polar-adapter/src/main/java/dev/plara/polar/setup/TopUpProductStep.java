package dev.plara.polar.setup;

import dev.plara.polar.client.PolarApiException;
import dev.plara.polar.client.PolarClient;
import dev.plara.polar.client.PriceInput;
import dev.plara.polar.client.ProductCreate;
import dev.plara.polar.client.ProductUpdate;
import dev.plara.polar.model.Metadata;
import dev.plara.polar.model.PolarProduct;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The product that tops wallets up: found by {@code PLARA_TOPUP_PRODUCT_ID}, else by the mark {@code polar-setup} puts
 * on the one it makes; a one-time product whose custom price in the charge currency has exactly Plara's bounds.
 */
final class TopUpProductStep {

    private static final String VARIABLE = "PLARA_TOPUP_PRODUCT_ID";
    private static final String FIX = "run `java -jar plara.jar polar-setup`, which sets the product right or makes a "
            + "new one, and set " + VARIABLE + " to the id it prints";

    private final PolarClient client;

    TopUpProductStep(PolarClient client) {
        this.client = client;
    }

    void run(SetupTarget target, boolean fix, SetupLog log) {
        try {
            var found = find(target);
            var problem = found.flatMap(product -> TopUpPrice.problemWith(product, target));
            if (fix) {
                log.environment(VARIABLE, apply(target, found, problem, log));
            } else if (found.isEmpty()) {
                log.problem(VARIABLE, target.topUpProductId().map(id -> "Polar has no product " + id)
                        .orElse("it is not set, and Polar has no top-up product made by polar-setup"), FIX);
            } else if (problem.isPresent()) {
                log.problem(VARIABLE, describe(found.get()) + " " + problem.get(), FIX);
            } else {
                log.environment(VARIABLE, found.get().id());
            }
        } catch (PolarApiException e) {
            log.callFailed((fix ? "read and write" : "read") + " the top-up product", "products:write", e);
        }
    }

    private Optional<PolarProduct> find(SetupTarget target) {
        if (target.topUpProductId().isEmpty()) {
            return client.listProducts(false).stream()
                    .filter(product -> Metadata.flag(product.metadata(), Metadata.TOP_UP)).findFirst();
        }
        try {
            return Optional.of(client.products().get(target.topUpProductId().get()));
        } catch (PolarApiException e) {
            if (e.isNotFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Makes the product right: a new one when there is none or it cannot be sold again, else its price changed. */
    private String apply(SetupTarget target, Optional<PolarProduct> found, Optional<String> problem, SetupLog log) {
        if (found.isEmpty() || TopUpPrice.cannotBeReused(found.get())) {
            var made = client.products().create(new ProductCreate("Wallet top-up",
                    "Adds the amount you choose to your wallet.", null, List.of(TopUpPrice.wanted(target)),
                    Map.of(Metadata.TOP_UP, true)));
            log.changed("made the top-up product " + made.id() + " with a custom price of " + TopUpPrice.range(target)
                    + found.map(old -> " (" + describe(old) + " " + problem.orElse("") + ")").orElse(""));
            return made.id();
        }
        if (problem.isPresent()) {
            client.products().update(found.get().id(), ProductUpdate.prices(TopUpPrice.replaced(found.get(), target)));
            log.changed("set the custom price of " + describe(found.get()) + " to " + TopUpPrice.range(target)
                    + " (it " + problem.get() + ")");
        }
        return found.get().id();
    }

    private static String describe(PolarProduct product) {
        return "product " + product.id() + " (" + product.name() + ")";
    }
}
