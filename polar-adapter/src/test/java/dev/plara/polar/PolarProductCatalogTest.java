package dev.plara.polar;

import dev.plara.polar.client.PolarClient;
import dev.plara.polar.client.PolarClientConfig;
import dev.plara.polar.testing.ScriptedPolar;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.PaymentProduct;
import dev.plara.wallet.core.domain.payment.ProductPrice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Polar adds fields and price kinds over time: the catalog keeps what it does not know instead of failing. */
class PolarProductCatalogTest {

    private static final String PAGE = """
            {"items":[{"id":"p1","name":"Team plan","description":null,"is_recurring":true,
              "recurring_interval":"month","is_archived":false,"metadata":{},"brand_new_field":{"x":[1,2]},
              "prices":[
                {"id":"a","amount_type":"fixed","price_currency":"usd","price_amount":900,"is_archived":false,
                 "tax_behavior":"exclusive","source":"catalog"},
                {"id":"b","amount_type":"seat_based","price_currency":"usd","seat_tiers":{"tiers":[]},
                 "is_archived":false},
                {"id":"c","amount_type":"metered_unit","price_currency":"usd","unit_amount":"0.5","cap_amount":null,
                 "meter":{"id":"m","name":"calls"},"is_archived":false},
                {"id":"d","amount_type":"pay_per_moon","price_currency":"usd","is_archived":false},
                {"id":"e","amount_type":"fixed","price_currency":"usd","price_amount":100,"is_archived":true}]}],
             "pagination":{"total_count":1,"max_page":1},"next_cursor":"abc"}
            """;

    private final ScriptedPolar server = new ScriptedPolar();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void unknownFieldsAndPriceKindsAreKeptNotRefused() {
        server.answer(200, PAGE);
        List<PaymentProduct> products = new PolarProductCatalog(new PolarClient(
                PolarClientConfig.of(server.baseUrl(), "polar_oat_secret"))).products();

        assertThat(products).singleElement().satisfies(plan -> {
            assertThat(plan.isRecurring()).isTrue();
            assertThat(plan.prices()).containsExactly(ProductPrice.fixed(Money.usd(9_00)),
                    new ProductPrice("seat_based", null, null, null),
                    new ProductPrice("metered_unit", null, null, null),
                    new ProductPrice("pay_per_moon", null, null, null));
        });
    }
}
