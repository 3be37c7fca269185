/**
 * The relationship read model: one document per relationship, and each student's list of
 * relationships, which other contexts read through {@link
 * io.rapport.query.app.relationship.StudentRelationships} and {@link
 * io.rapport.query.app.relationship.ContactNames}.
 */
package io.rapport.query.app.relationship;
