package dev.plara.wallet.core.contract;

import dev.plara.wallet.core.domain.access.AccessKeys;
import dev.plara.wallet.core.domain.access.CatalogItem;
import dev.plara.wallet.core.domain.access.Grant;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.access.ItemKind;
import dev.plara.wallet.core.domain.access.Unlocks;
import dev.plara.wallet.core.domain.access.UserGrants;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.memory.InMemoryCatalogStore;
import dev.plara.wallet.core.port.out.GrantStore;
import dev.plara.wallet.core.service.AccessRules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The access decisions taken from the grants a store files under a question's keys, against the same decisions taken
 * from all of the user's grants, over random worlds ({@link RandomGrants}): what opens each item, whether each
 * sellable thing (catalog items and things sold elsewhere opening random things) is held and through which grant, and
 * which grants were sold as each thing. Any difference means a narrow read left out a grant that counts.
 */
public final class GrantDecisions {

    private GrantDecisions() {
    }

    /** The first decision a narrow read of {@code store} takes differently, over {@code rounds} random worlds. */
    public static Optional<String> firstDifference(GrantStore store, long seed, int rounds) {
        var world = new RandomGrants(seed);
        for (int round = 0; round < rounds; round++) {
            var catalog = new InMemoryCatalogStore();
            var items = world.catalog();
            items.forEach(catalog::save);
            var user = UserId.of("user-" + seed + "-" + round);
            var grants = new ArrayList<>(world.grants(user, 12));
            var others = world.grants(UserId.of("other-" + seed + "-" + round), 4);
            grants.addAll(others);
            grants.forEach(store::upsertIfNewer);
            Function<ItemId, ItemKind> kindOf = id -> catalog.find(id).map(CatalogItem::kind).orElse(null);
            var question = new Question(store, new AccessRules(store, catalog), user, kindOf);
            var difference = differenceIn(question, items, world, grants.subList(0, grants.size() - others.size()));
            if (difference.isPresent()) {
                return Optional.of("seed " + seed + ", " + user + " holding " + grants + ": " + difference.get());
            }
        }
        return Optional.empty();
    }

    /**
     * Every item's questions, and whether things sold elsewhere are held: things opening random parts, and things
     * opening what two of the user's grants for good open together (held through both, often neither holding all).
     */
    private static Optional<String> differenceIn(Question question, List<CatalogItem> items, RandomGrants world,
                                                 List<Grant> held) {
        var differences = new ArrayList<String>();
        for (var item : items) {
            question.compare("access to " + item.id(), question.rules.accessTo(question.user, item, RandomGrants.NOW),
                    question.all().accessTo(item, RandomGrants.NOW)).ifPresent(differences::add);
            question.holding(item.id(), item.unlocks()).ifPresent(differences::add);
            question.soldAs(item.id()).ifPresent(differences::add);
        }
        for (int product = 0; product < 6; product++) {
            question.holding(world.anything(), world.unlocks()).ifPresent(differences::add);
        }
        var forever = held.stream().filter(grant -> grant.activeAt(RandomGrants.NOW) && grant.forever()).toList();
        for (int i = 1; i < forever.size(); i++) {
            var together = Unlocks.union(List.of(forever.get(i - 1).unlocks(), forever.get(i).unlocks()));
            question.holding(world.anything(), together).ifPresent(differences::add);
        }
        return differences.stream().findFirst();
    }

    /** One user's questions, asked through the narrow reads and of all their grants. */
    private record Question(GrantStore store, AccessRules rules, UserId user, Function<ItemId, ItemKind> kindOf) {

        UserGrants all() {
            return new UserGrants(store.of(user));
        }

        Optional<String> holding(ItemId soldAs, Unlocks unlocks) {
            return compare("holding " + soldAs + " (unlocks " + unlocks + ")",
                    rules.holding(user, soldAs, unlocks, RandomGrants.NOW),
                    all().holding(soldAs, unlocks, RandomGrants.NOW, kindOf));
        }

        Optional<String> soldAs(ItemId item) {
            return compare("grants sold as " + item, soldAs(store.filedUnder(user, AccessKeys.item(item)), item),
                    soldAs(store.of(user), item));
        }

        private static List<Grant> soldAs(List<Grant> grants, ItemId item) {
            return grants.stream().filter(grant -> grant.soldAs().equals(item)).toList();
        }

        Optional<String> compare(String what, Object narrow, Object full) {
            return Objects.equals(narrow, full) ? Optional.empty()
                    : Optional.of(what + ": narrow read " + narrow + ", all grants " + full);
        }
    }
}
