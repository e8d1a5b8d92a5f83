package dev.plara.wallet.core.contract;

import dev.plara.wallet.core.domain.access.CatalogItem;
import dev.plara.wallet.core.domain.access.Grant;
import dev.plara.wallet.core.domain.access.GrantSource;
import dev.plara.wallet.core.domain.access.GrantStatus;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.access.ItemKind;
import dev.plara.wallet.core.domain.access.Unlocks;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.user.UserId;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

/**
 * A small random world of access, from one seed: a catalog (videos, photos, plans opening random things), things sold
 * outside it (Polar products, an item the catalog does not know) and grants of every kind of source, status and end,
 * sold as any of them and opening anything, so that every way a grant can bear on a question comes up.
 */
final class RandomGrants {

    static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

    private static final List<String> VIDEOS = List.of("video-1", "video-2", "video-3");
    private static final List<String> PHOTOS = List.of("photo-1", "photo-2", "photo-3");
    private static final List<String> PLANS = List.of("plan-a", "plan-b");
    private static final List<String> ELSEWHERE = List.of("polar-product:prod-1", "polar-product:prod-2", "gone-1");

    private final Random random;
    private int sources;

    RandomGrants(long seed) {
        this.random = new Random(seed);
    }

    /** Every video and photo of the catalog, and its plans, each plan opening something random. */
    List<CatalogItem> catalog() {
        var items = new ArrayList<CatalogItem>();
        VIDEOS.forEach(id -> items.add(content(id, ItemKind.VIDEO)));
        PHOTOS.forEach(id -> items.add(content(id, ItemKind.PHOTO)));
        for (String id : PLANS) {
            var unlocks = unlocks();
            items.add(new CatalogItem(ItemId.of(id), ItemKind.SUBSCRIPTION_PLAN, id, "", Money.usd(9_00),
                    Duration.ofDays(30), "demo:" + id, unlocks.isEmpty() ? Unlocks.kinds(ItemKind.VIDEO) : unlocks));
        }
        return items;
    }

    /** Up to {@code most} grants of {@code user}, each from a source of its own. */
    List<Grant> grants(UserId user, int most) {
        var grants = new ArrayList<Grant>();
        for (int i = random.nextInt(most + 1); i > 0; i--) {
            var kind = pick(List.of(GrantSource.Kind.values()));
            var status = pick(List.of(GrantStatus.values()));
            Instant until = switch (random.nextInt(3)) {
                case 0 -> null;
                case 1 -> NOW.plus(Duration.ofDays(5));
                default -> NOW.minus(Duration.ofDays(1));
            };
            grants.add(new Grant(user, unlocks(), new GrantSource(kind, user.value() + "-" + ++sources), anything(),
                    "Thing " + sources, status, NOW.minus(Duration.ofDays(10)), until, random.nextInt(5)));
        }
        return grants;
    }

    /** Anything that can be sold: a catalog item, a Polar product, an item no longer listed. */
    ItemId anything() {
        return ItemId.of(pick(random.nextBoolean() ? ELSEWHERE : all()));
    }

    /** A random mix of everything, kinds and items (empty now and then). */
    Unlocks unlocks() {
        var kinds = EnumSet.noneOf(ItemKind.class);
        List.of(ItemKind.VIDEO, ItemKind.PHOTO).stream().filter(kind -> random.nextInt(4) == 0).forEach(kinds::add);
        var items = new HashSet<ItemId>();
        for (String id : all()) {
            if (random.nextInt(5) == 0) {
                items.add(ItemId.of(id));
            }
        }
        if (random.nextInt(8) == 0) {
            items.add(ItemId.of(pick(ELSEWHERE)));
        }
        return new Unlocks(random.nextInt(10) == 0, kinds, items);
    }

    private static CatalogItem content(String id, ItemKind kind) {
        return new CatalogItem(ItemId.of(id), kind, id, "", Money.usd(1_00), null, "demo:" + id);
    }

    private static List<String> all() {
        var all = new ArrayList<>(VIDEOS);
        all.addAll(PHOTOS);
        all.addAll(PLANS);
        return all;
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
