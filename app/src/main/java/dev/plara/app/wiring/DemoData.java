package dev.plara.app.wiring;

import dev.plara.http.DemoSignIn.DemoUser;
import dev.plara.wallet.core.domain.access.CatalogItem;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.access.ItemKind;
import dev.plara.wallet.core.domain.access.Unlocks;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.user.UserProfile;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/** The demo's people and content: two users and an admin, and a few videos, photos and a plan to buy. */
final class DemoData {

    static final List<DemoUser> USERS = List.of(
            new DemoUser(new UserProfile(UserId.of("alice"), "alice@plara.dev", "Alice Abebe"), Set.of()),
            new DemoUser(new UserProfile(UserId.of("bob"), "bob@plara.dev", "Bob Bekele"), Set.of()),
            new DemoUser(new UserProfile(UserId.of("admin"), "admin@plara.dev", "Ada Admin"), Set.of("admin")));

    static final List<CatalogItem> CATALOG = List.of(
            new CatalogItem(ItemId.of("video-welcome"), ItemKind.VIDEO, "Welcome to the studio",
                    "A three-minute tour of what we make.", Money.usd(2_00), null, "demo:video-welcome"),
            new CatalogItem(ItemId.of("video-masterclass"), ItemKind.VIDEO, "Colour grading masterclass",
                    "Forty minutes on light, skin tones and mood.", Money.usd(12_00), null, "demo:video-masterclass"),
            new CatalogItem(ItemId.of("photo-addis-dawn"), ItemKind.PHOTO, "Addis Ababa at dawn",
                    "Full-resolution print file.", Money.usd(1_50), null, "demo:photo-addis-dawn"),
            new CatalogItem(ItemId.of("photo-simien"), ItemKind.PHOTO, "Simien Mountains",
                    "Full-resolution print file.", Money.usd(3_00), null, "demo:photo-simien"),
            new CatalogItem(ItemId.of("plan-monthly"), ItemKind.SUBSCRIPTION_PLAN, "All-access, 30 days",
                    "Every video and photo for 30 days.", Money.usd(9_00), Duration.ofDays(30), "demo:plan-monthly",
                    Unlocks.kinds(ItemKind.VIDEO, ItemKind.PHOTO)));

    private DemoData() {
    }
}
