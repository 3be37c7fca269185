/** The tenant's audit history: a page of it, all of it as a stream, and a check of its chain. */
package io.rapport.query.api.audit;
