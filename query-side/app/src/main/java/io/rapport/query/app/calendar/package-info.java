/**
 * The calendar feed's tokens (their hashes) and the query that answers a feed: the one read that
 * takes its tenant from the token's document, since calendar apps send no bearer token.
 */
package io.rapport.query.app.calendar;
