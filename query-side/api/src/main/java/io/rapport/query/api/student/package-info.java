/** Queries about one student as a whole: the agenda. */
package io.rapport.query.api.student;
