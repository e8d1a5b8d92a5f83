package dev.plara.polar.client;

import com.fasterxml.jackson.databind.JavaType;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Reads Polar's listings across their pages, and builds the paths of single resources. */
final class Listings {

    private static final int PAGE_SIZE = 100;

    private final PolarHttp http;

    Listings(PolarHttp http) {
        this.http = http;
    }

    PolarHttp http() {
        return http;
    }

    <T> List<T> all(String path, QueryString filters, Class<T> itemType) {
        return until(path, filters, itemType, items -> false);
    }

    /** Reads pages until the last one, or until {@code enough} says a page reached far enough. */
    <T> List<T> until(String path, QueryString filters, Class<T> itemType, Predicate<List<T>> enough) {
        JavaType pageType = http.json().getTypeFactory().constructParametricType(ListResource.class, itemType);
        List<T> items = new ArrayList<>();
        int maxPage = 1;
        for (int page = 1; page <= maxPage; page++) {
            QueryString query = filters.copy().add("page", String.valueOf(page)).add("limit", String.valueOf(PAGE_SIZE));
            ListResource<T> resource = http.get(query.after(path), pageType);
            items.addAll(resource.items());
            maxPage = resource.pagination() == null || enough.test(resource.items()) ? page
                    : resource.pagination().maxPage();
        }
        return items;
    }

    <T> T get(String path, Class<T> type) {
        return http.get(path, type(type));
    }

    JavaType type(Class<?> type) {
        return http.json().getTypeFactory().constructType(type);
    }

    /** {@code id} encoded as one path segment. */
    static String segment(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8);
    }
}
