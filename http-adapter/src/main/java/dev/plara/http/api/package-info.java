/**
 * The JSON API: one small handler class per area (health, account, wallet, checkout, webhooks, deposits, admin,
 * content, demo sign-in), response records built {@code from} domain values, and the one mapping from the core's
 * refusal values to problems ({@code Refusals}).
 */
package dev.plara.http.api;
