/**
 * The audit history: every event as an entry of its tenant's SHA-256 hash chain (and platform
 * staff's events of the platform's too), kept in fixed-size buckets behind a head document, each
 * entry and head signed with a key held outside MongoDB; and the queries that page, stream and
 * verify a chain.
 */
package io.rapport.query.app.audit;
