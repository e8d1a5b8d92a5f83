/**
 * The web pages: server-rendered shells sharing one layout, whose same-origin script modules (under {@code /assets/})
 * call the JSON API, so the strict Content-Security-Policy holds. Pricing, checkout success and return, store, wallet,
 * deposit and admin, plus demo mode's sign-in page.
 */
package dev.plara.http.pages;
