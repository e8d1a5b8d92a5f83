package dev.plara.wallet.core.properties;

import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.access.UserGrants;
import dev.plara.wallet.core.domain.payment.SubscriptionChange;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.properties.PolarSubscriptionModel.Step;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random lifecycles of one subscription at Polar ({@link PolarSubscriptionModel}), whose events arrive in any order
 * and some of them twice or three times: once all arrived, the access is what the latest state implies, at every
 * moment that matters (the period's end and its leeway, the past-due grace, a cancellation's end).
 */
class ProviderSubscriptionsPropertiesTest {

    private static final UserId ALICE = UserId.of("alice");

    @Property(tries = 500)
    void theFinalAccessIsWhatTheLatestStateImpliesWhateverTheOrderAndRepeats(
            @ForAll("steps") List<Step> steps, @ForAll("gaps") List<Integer> gapMinutes, @ForAll long seed) {
        var h = CoreHarness.usd();
        var random = new Random(seed);
        var state = PolarSubscriptionModel.started(h.clock.tick());
        List<SubscriptionChange> sent = new ArrayList<>(List.of(state.snapshot()));
        for (int i = 0; i < steps.size(); i++) {
            var next = state.step(steps.get(i), state.modifiedAt().plus(Duration.ofMinutes(
                    gapMinutes.get(i % gapMinutes.size()))));
            if (!next.equals(state)) {
                state = next;
                for (int copies = 1 + random.nextInt(3); copies > 0; copies--) {
                    sent.add(state.snapshot());
                }
            }
        }
        Collections.shuffle(sent, random);
        sent.forEach(h.core.changeSubscription()::apply);

        for (Instant at : momentsThatMatter(state, h.clock.instant())) {
            h.clock.advance(Duration.between(h.clock.instant(), at));
            var grants = new UserGrants(h.stores.grants().of(ALICE));
            for (ItemId item : List.of(CoreHarness.VIDEO, CoreHarness.PHOTO)) {
                var content = h.stores.catalog().find(item).orElseThrow();
                assertThat(grants.accessTo(content, at).isOpen())
                        .as("%s at %s after %s, latest %s", item, at, steps, state)
                        .isEqualTo(state.expectedAccessAt(content.kind(), at));
            }
        }
    }

    private static TreeSet<Instant> momentsThatMatter(PolarSubscriptionModel state, Instant now) {
        var moments = new TreeSet<Instant>();
        var edges = new ArrayList<>(List.of(state.modifiedAt(), state.periodEnd(),
                state.periodEnd().plus(Duration.ofHours(1))));
        if (state.endsAt() != null) {
            edges.add(state.endsAt());
        }
        if (state.pastDueAt() != null) {
            edges.add(state.pastDueAt().plus(Duration.ofDays(7)));
        }
        for (Instant edge : edges) {
            moments.add(edge.minusSeconds(1));
            moments.add(edge);
        }
        moments.removeIf(now::isAfter);
        return moments;
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Arbitraries.of(Step.class).list().ofMinSize(0).ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<Integer>> gaps() {
        return Arbitraries.integers().between(1, 60 * 24 * 40).list().ofMinSize(1).ofMaxSize(12);
    }
}
