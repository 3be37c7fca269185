/**
 * Timelines as pages: one small document per entry, keyed by its owner (student, relationship, or a
 * student's disclosures) and its place in the timeline, so that a page is one read of a range of
 * keys and an event only ever inserts.
 */
package io.rapport.query.app.timeline;
