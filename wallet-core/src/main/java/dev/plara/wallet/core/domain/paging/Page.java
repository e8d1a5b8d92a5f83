package dev.plara.wallet.core.domain.paging;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** One page of a listing, newest first unless said otherwise, with the total count for paging controls. */
public record Page<T>(List<T> items, PageRequest request, long total) {

    public Page {
        Objects.requireNonNull(request, "request");
        items = List.copyOf(items);
        if (total < items.size()) {
            throw new IllegalArgumentException("a total cannot be less than the rows returned");
        }
    }

    /** Cuts one page out of a full, already ordered list. */
    public static <T> Page<T> of(List<T> all, PageRequest request) {
        int from = (int) Math.min(request.offset(), all.size());
        int to = Math.min(from + request.size(), all.size());
        return new Page<>(all.subList(from, to), request, all.size());
    }

    public boolean hasNext() {
        return request.offset() + items.size() < total;
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), request, total);
    }
}
