/**
 * Server-rendered HTML pages, same-origin and script-free where possible so the strict Content-Security-Policy holds.
 * For now only demo mode's sign-in page; the product's pages (pricing, wallet, deposit, store, admin) come here next.
 */
package dev.plara.http.pages;
