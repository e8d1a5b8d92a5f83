package dev.plara.bench;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * Plara's REST API as the host platform's users and an admin see it, signed in with JWTs the platform would issue
 * (HS256 with the server's {@code PLARA_JWT_SECRET}).
 */
final class PlaraApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final Algorithm key;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    PlaraApi(URI base, String jwtSecret) {
        this.base = base;
        this.key = Algorithm.HMAC256(jwtSecret.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code GET path} as {@code user} ({@code admin} adds the admin role); the answer's JSON, which must be a 200. */
    JsonNode get(String path, String user, boolean admin) {
        var token = JWT.create().withSubject(user).withClaim("email", user + "@plara.dev")
                .withArrayClaim("roles", admin ? new String[] {"admin"} : new String[0])
                .withExpiresAt(Instant.now().plus(Duration.ofHours(1))).sign(key);
        var request = HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30)).GET().build();
        try {
            var answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " as " + user + " answered " + answer.statusCode()
                        + ": " + new String(answer.body(), StandardCharsets.UTF_8));
            }
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
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
