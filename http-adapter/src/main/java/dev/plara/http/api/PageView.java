package dev.plara.http.api;

import dev.plara.wallet.core.domain.paging.Page;

import java.util.List;
import java.util.function.Function;

/** One page of a listing with what paging controls need. */
record PageView<T>(List<T> items, int page, int size, long total, boolean hasNext) {

    static <D, T> PageView<T> from(Page<D> page, Function<D, T> view) {
        return new PageView<>(page.items().stream().map(view).toList(), page.request().page(), page.request().size(),
                page.total(), page.hasNext());
    }
}
