/** Timelines of a student and of a relationship. */
package io.rapport.query.api.timeline;
