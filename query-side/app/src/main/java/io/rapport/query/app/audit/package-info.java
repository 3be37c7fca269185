/**
 * The tenant's audit history: every event of a tenant as an entry of a per-tenant SHA-256 hash
 * chain, kept in fixed-size buckets behind a head document, and the queries that page, stream and
 * verify it.
 */
package io.rapport.query.app.audit;
