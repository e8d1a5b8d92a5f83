package dev.plara.wallet.core.domain.access;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** Whether a user may open an item now, and why: the grant that opens it, or why nothing does. */
public sealed interface Access {

    /** The item asked about. */
    CatalogItem item();

    /** Calls the function for this variant; a new variant fails to compile until every caller handles it. */
    <T> T match(Function<Open, T> open, Function<Closed, T> closed);

    /** Open through {@code grant} (until its {@code validUntil}; {@code null}: for good). */
    record Open(CatalogItem item, Grant grant) implements Access {
        public Open {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(grant, "grant");
        }

        @Override
        public <T> T match(Function<Open, T> open, Function<Closed, T> closed) {
            return open.apply(this);
        }
    }

    /** Closed: nothing covering it was bought ({@code lastGrant} empty), or the last grant that covered it ended. */
    record Closed(CatalogItem item, Optional<Grant> lastGrant) implements Access {
        public Closed {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(lastGrant, "last grant");
        }

        @Override
        public <T> T match(Function<Open, T> open, Function<Closed, T> closed) {
            return closed.apply(this);
        }
    }

    default boolean isOpen() {
        return match(open -> true, closed -> false);
    }
}
