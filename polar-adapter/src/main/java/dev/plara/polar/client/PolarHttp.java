package dev.plara.polar.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Sends JSON requests to Polar with the bearer token and version header, retrying as the {@link RetryPolicy} says. A
 * request that must not take effect twice is retried only when Polar surely did not act on it: after a 429, or when
 * no connection could be made; never after a 5xx or a timeout, which leave that open.
 */
final class PolarHttp {

    private static final Logger LOG = LoggerFactory.getLogger(PolarHttp.class);

    private final PolarClientConfig config;
    private final PolarTransport transport;
    private final ObjectMapper json;
    private final ErrorBodies errors;

    PolarHttp(PolarClientConfig config, PolarTransport transport, ObjectMapper json) {
        this.config = config;
        this.transport = transport;
        this.json = json;
        this.errors = new ErrorBodies(json);
    }

    ObjectMapper json() {
        return json;
    }

    <T> T get(String pathAndQuery, JavaType type) {
        return send("GET", pathAndQuery, null, type, true);
    }

    /** A POST that may safely be sent twice (a second open checkout charges nobody). */
    <T> T post(String path, Object body, JavaType type) {
        return send("POST", path, body, type, true);
    }

    /**
     * A call that must not take effect twice, such as a refund, a subscription change or a new customer: see the
     * class comment for when it is retried. {@code type} {@code null} reads no answer (a 202 or 204).
     */
    <T> T once(String method, String path, Object body, JavaType type) {
        return send(method, path, body, type, false);
    }

    private <T> T send(String method, String path, Object body, JavaType type, boolean replayable) {
        HttpResponse<byte[]> response = exchange(method, path, publisher(body, path), replayable);
        if (response.statusCode() < 200 || response.statusCode() >= 300) {
            throw errors.toException(response.statusCode(), response.body());
        }
        if (type == null) {
            return null;
        }
        try {
            return json.readValue(response.body(), type);
        } catch (IOException e) {
            throw new PolarApiException(response.statusCode(), null, "unreadable response: " + e.getMessage(),
                    List.of());
        }
    }

    private HttpRequest.BodyPublisher publisher(Object body, String path) {
        if (body == null) {
            return HttpRequest.BodyPublishers.noBody();
        }
        try {
            return HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write request body for " + path, e);
        }
    }

    private HttpResponse<byte[]> exchange(String method, String path, HttpRequest.BodyPublisher body,
                                          boolean replayable) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.baseUrl() + path))
                .timeout(config.requestTimeout())
                .header("Authorization", "Bearer " + config.accessToken())
                .header("Polar-Version", config.polarVersion())
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method(method, body)
                .build();
        RetryPolicy policy = config.retryPolicy();
        for (int attempt = 1; ; attempt++) {
            boolean last = attempt >= policy.maxAttempts();
            HttpResponse<byte[]> response = sendOnce(request, last, replayable, attempt);
            Optional<Duration> wait = response == null ? Optional.of(policy.backoff(attempt))
                    : retryWait(response, attempt, replayable);
            if (wait.isEmpty() || last) {
                return response;
            }
            pause(wait.get(), method + " " + path);
        }
    }

    /** One try; {@code null} after an IO error that may be retried, an exception after one that may not. */
    private HttpResponse<byte[]> sendOnce(HttpRequest request, boolean last, boolean replayable, int attempt) {
        String what = request.method() + " " + request.uri().getPath();
        try {
            HttpResponse<byte[]> response = transport.send(request);
            LOG.debug("Polar {} -> {} (attempt {})", what, response.statusCode(), attempt);
            return response;
        } catch (IOException e) {
            LOG.warn("Polar {} failed (attempt {}): {}", what, attempt, e.toString());
            if (last || !(replayable || PolarApiException.neverSent(e))) {
                throw new PolarApiException(what + " failed: " + e, e);
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PolarApiException(what + " interrupted", e);
        }
    }

    /** How long to wait before retrying this response, empty when it is final. */
    private Optional<Duration> retryWait(HttpResponse<byte[]> response, int attempt, boolean replayable) {
        int status = response.statusCode();
        if (status == 429) {
            Optional<Duration> retryAfter = response.headers().firstValue("retry-after").flatMap(RetryPolicy::seconds);
            if (retryAfter.isPresent()) {
                return retryAfter.filter(config.retryPolicy()::honours);
            }
            return Optional.of(config.retryPolicy().backoff(attempt));
        }
        return status >= 500 && replayable ? Optional.of(config.retryPolicy().backoff(attempt)) : Optional.empty();
    }

    private void pause(Duration wait, String what) {
        try {
            LOG.info("Polar {}: retrying in {} ms", what, wait.toMillis());
            config.retryPolicy().sleeper().sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PolarApiException(what + " interrupted while waiting to retry", e);
        }
    }
}
