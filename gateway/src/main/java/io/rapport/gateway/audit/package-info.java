/**
 * The HTTP API of audit: a tenant's (or the platform's) audit history, paged or exported, and the
 * check of its hash chain.
 */
package io.rapport.gateway.audit;
