/** The read side: projections that turn events into MongoDB read models, and their queries. */
package io.rapport.query.app;
