/** The relationship read model: one document per relationship. */
package io.rapport.query.app.relationship;
