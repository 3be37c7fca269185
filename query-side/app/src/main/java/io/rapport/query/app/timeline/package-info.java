/**
 * Timelines in buckets: one document per owner (student or relationship) and day, holding that
 * day's entries, plus an index of days per owner, so that a page is a few key lookups.
 */
package io.rapport.query.app.timeline;
