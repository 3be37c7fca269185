/**
 * The HTTP API of a student's records: the agenda and the timeline, paged or live as server-sent
 * events with their limits per person and per tenant.
 */
package io.rapport.gateway.student;
