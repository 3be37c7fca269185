/** Queries about relationships. */
package io.rapport.query.api.relationship;
