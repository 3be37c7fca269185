/**
 * A student's agenda, read from the chat and relationship projections through their read ports and
 * worked out at the moment of reading; this package owns no collection.
 */
package io.rapport.query.app.student;
