package dev.plara.wallet.core.domain.paging;

/** Which page of a listing to return: pages count from 1, at most 100 rows each. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 1) {
            throw new IllegalArgumentException("pages count from 1, not " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("a page holds 1-" + MAX_SIZE + " rows, not " + size);
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(1, size);
    }

    public long offset() {
        return (long) (page - 1) * size;
    }
}
