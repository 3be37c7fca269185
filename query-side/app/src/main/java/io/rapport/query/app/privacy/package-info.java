/**
 * A student's export, read from the event store aggregate by aggregate, and the log of who else
 * read the student's records.
 */
package io.rapport.query.app.privacy;
