package dev.plara.wallet.core.domain.access;


import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a grant opens, until when, and why an item opens or not, in a user's words. */
public final class AccessWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private AccessWords() {
    }

    /**
     * "every video and every photo", "every video", "photo-simien", "the product itself" (a Polar product that names
     * nothing); "nothing" when empty.
     */
    public static String unlocks(Unlocks unlocks) {
        if (unlocks.everything()) {
            return "everything";
        }
        List<String> parts = new ArrayList<>();
        unlocks.kinds().stream().sorted().forEach(kind -> parts.add(kind == ItemKind.VIDEO ? "every video" : "every photo"));
        unlocks.items().stream().map(item -> item.value()).sorted()
                .map(item -> item.startsWith("polar-product:") ? "the product itself" : item).forEach(parts::add);
        if (parts.isEmpty()) {
            return "nothing";
        }
        return parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /**
     * Why an item opens or not, in a user's words: "Owned", "Unlocked by Monthly Plan until 5 Jan 2027", "All-access,
     * 30 days ended on 5 Jan 2027", "Not bought".
     */
    public static String reason(Access access) {
        return access.match(open -> {
            var grant = open.grant();
            String until = until(grant);
            return grant.soldAs().equals(open.item().id()) ? (grant.forever() ? "Owned" : "Active" + until)
                    : "Unlocked by " + grant.title() + until;
        }, closed -> closed.lastGrant().map(grant -> grant.title()
                + (grant.status() == GrantStatus.REVOKED ? " was revoked" : " ended")
                + (grant.validUntil() == null ? "" : " on " + date(grant.validUntil()))).orElse("Not bought"));
    }

    /** " until 5 Jan 2027", or "" for a grant that does not end. */
    public static String until(Grant grant) {
        return grant.validUntil() == null ? "" : " until " + date(grant.validUntil());
    }

    /** A day in UTC, like "6 Dec 2026". */
    public static String date(Instant at) {
        return DAY.format(at);
    }
}
