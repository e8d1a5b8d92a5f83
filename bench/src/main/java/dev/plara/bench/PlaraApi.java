package dev.plara.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Plara's REST API as the host platform's users and an admin see it, signed in with JWTs the platform would issue
 * (HS256 with the server's {@code PLARA_JWT_SECRET}).
 */
final class PlaraApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final MACSigner key;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    PlaraApi(URI base, String jwtSecret) {
        this.base = base;
        try {
            this.key = new MACSigner(jwtSecret.getBytes(StandardCharsets.UTF_8));
        } catch (JOSEException tooShort) {
            throw new IllegalArgumentException("the JWT secret is too short for HS256", tooShort);
        }
    }

    /** {@code GET path} as {@code user} ({@code admin} adds the admin role); the answer's JSON, which must be a 200. */
    JsonNode get(String path, String user, boolean admin) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token(user, admin))
                .GET(), 200);
    }

    /**
     * {@code POST path} as {@code user} with {@code body} of {@code contentType}; the answer's JSON, which must have
     * the status {@code expected}.
     */
    JsonNode post(String path, String user, boolean admin, String contentType, byte[] body, int expected) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token(user, admin))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)), expected);
    }

    /** Sends {@code request}; the answer's JSON, which must have the status {@code expected}. */
    JsonNode send(HttpRequest.Builder request, int expected) {
        try {
            var answer = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != expected) {
                throw new IllegalStateException(answer.request().method() + " " + answer.request().uri().getPath()
                        + " answered " + answer.statusCode() + ": " + new String(answer.body(), StandardCharsets.UTF_8));
            }
            return answer.body().length == 0 ? JSON.nullNode() : JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new IllegalStateException(request.build().uri().getPath() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    URI base() {
        return base;
    }

    private String token(String user, boolean admin) {
        var claims = new JWTClaimsSet.Builder().subject(user).claim("email", user + "@plara.dev")
                .claim("roles", admin ? List.of("admin") : List.of())
                .expirationTime(Date.from(Instant.now().plus(Duration.ofHours(1)))).build();
        var token = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            token.sign(key);
        } catch (JOSEException impossible) {
            throw new IllegalStateException("cannot sign a token", impossible);
        }
        return token.serialize();
    }

    /** {@code user}'s balance in minor units of {@code currency}; signing in is also how Plara learns of a user. */
    long balance(String user, String currency) {
        for (var wallet : get("/api/wallet", user, false).path("balances")) {
            if (currency.equalsIgnoreCase(wallet.path("currency").asText())) {
                return wallet.path("balance").path("amount").asLong();
            }
        }
        return 0;
    }
}
