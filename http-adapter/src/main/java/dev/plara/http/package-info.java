/**
 * Plara's HTTP server, the part the {@code app} module calls: {@link dev.plara.http.PlaraServer} with its
 * {@link dev.plara.http.HttpSettings}, the {@link dev.plara.http.Authenticator} port and its JWT implementation,
 * readiness checks and the demo sign-in. Sub-packages hold the internals: {@code jwt} (verifying the host platform's
 * tokens), {@code web} (cross-cutting filters, errors, request reading), {@code api} (one handler per area with its
 * response records) and {@code pages} (HTML pages).
 */
package dev.plara.http;
