/**
 * What every request passes through: request ids, security headers, CORS, sessions with CSRF, rate limits, strict
 * request reading, and the one mapping from exceptions to {@code application/problem+json}.
 */
package dev.plara.http.web;
