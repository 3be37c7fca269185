/**
 * What every call over HTTP shares, whatever its context: filters (deadlines, rate limits per
 * tenant, idempotency keys, read-your-writes, browser headers), slow and malformed clients, problem
 * details for every failure, the small helpers controllers answer with (paging, new ids, CSV), and
 * serving the browser app. It knows no context; the contexts' controllers use it.
 */
package io.rapport.gateway.http;
