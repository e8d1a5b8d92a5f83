package dev.plara.polar.client;

import java.util.List;

/** One page of a Polar listing: {@code {"items": [...], "pagination": {"total_count", "max_page"}}}. */
record ListResource<T>(List<T> items, Pagination pagination) {

    ListResource {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** Polar's paging facts. */
    record Pagination(long totalCount, int maxPage) {
    }
}
