package dev.plara.mongo.collection;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.FindIterable;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.paging.Page;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.payment.ChargedAmounts;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.function.Function;

/**
 * The small conversions every mapper shares: money as {@code {minor, currency}}, instants as BSON dates (millisecond
 * precision, MongoDB's own), optional fields left out, and pages cut with skip and limit.
 */
public final class DocumentValues {

    private DocumentValues() {
    }

    public static Document money(Money money) {
        return money == null ? null : new Document("minor", money.minor()).append("currency", money.currencyCode());
    }

    public static Money money(Document document) {
        return document == null ? null : Money.of(longValue(document, "minor"), document.getString("currency"));
    }

    /** Polar's split of a payment as {@code {net, tax, total}}, each money; {@code null} stays absent. */
    public static Document charged(ChargedAmounts charged) {
        return charged == null ? null : new Document("net", money(charged.net())).append("tax", money(charged.tax()))
                .append("total", money(charged.total()));
    }

    public static ChargedAmounts charged(Document document) {
        return document == null ? null : new ChargedAmounts(money(document.get("net", Document.class)),
                money(document.get("tax", Document.class)), money(document.get("total", Document.class)));
    }

    public static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    public static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /**
     * Puts {@code instant}, when present, as a date under {@code field} (MongoDB keeps milliseconds) and what it has
     * below the millisecond under {@code <field>Nanos}, so that {@link #exactInstant} reads back exactly what was put.
     */
    public static Document putExactIfPresent(Document document, String field, Instant instant) {
        if (instant != null) {
            document.append(field, date(instant)).append(field + "Nanos", instant.getNano() % 1_000_000);
        }
        return document;
    }

    /**
     * What {@link #putExactIfPresent} put under {@code field}. A date written without its nanoseconds (by a version
     * that cut it to the millisecond) reads as the last nanosecond of its millisecond: the instant lay within it, so
     * it is never taken for earlier than the same instant stated to the microsecond (a period's end, as Polar says it).
     */
    public static Instant exactInstant(Document document, String field) {
        Instant millis = instant(document.getDate(field));
        Number nanos = document.get(field + "Nanos", Number.class);
        return millis == null ? null : millis.plusNanos(nanos == null ? 999_999 : nanos.longValue());
    }

    public static long longValue(Document document, String field) {
        return ((Number) document.get(field)).longValue();
    }

    /** Appends a field only when it has a value, so absent facts stay absent in the document. */
    public static Document putIfPresent(Document document, String field, Object value) {
        if (value != null) {
            document.append(field, value);
        }
        return document;
    }

    public static <T, R> R mapNullable(T value, Function<T, R> mapper) {
        return value == null ? null : mapper.apply(value);
    }

    /**
     * The conjunction of filters on distinct fields as one flat document ({@code {a: 1, b: {$lt: 2}}}), not the
     * {@code $and} array the driver renders: servers plan both alike, but mongo-java-server only uses an index
     * (unique ones included) for a flat filter and scans the whole collection for an {@code $and}.
     */
    public static BsonDocument allOf(Bson... filters) {
        var all = new BsonDocument();
        for (Bson filter : filters) {
            var rendered = filter.toBsonDocument(BsonDocument.class, MongoClientSettings.getDefaultCodecRegistry());
            rendered.forEach((field, value) -> {
                if (all.put(field, value) != null) {
                    throw new IllegalArgumentException("two conditions on " + field + ": use Filters.and");
                }
            });
        }
        return all;
    }

    /** One page of an already filtered and sorted query, with the total the count query found. */
    public static <T> Page<T> page(FindIterable<Document> sorted, PageRequest request, long total,
                            Function<Document, T> mapper) {
        var items = sorted.skip((int) request.offset()).limit(request.size())
                .map(mapper::apply).into(new ArrayList<>());
        return new Page<>(items, request, Math.max(total, request.offset() + items.size()));
    }
}
