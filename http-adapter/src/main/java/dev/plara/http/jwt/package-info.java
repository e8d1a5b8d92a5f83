/**
 * Verifying the host platform's JWTs with nimbus-jose-jwt: {@link dev.plara.http.jwt.JwtSettings} says which keys
 * (a shared secret, a PEM public key or a JWKS URL), algorithms, issuer, audience and claim names count, and
 * {@link dev.plara.http.jwt.HostTokenVerifier} checks a token against them.
 */
package dev.plara.http.jwt;
