/** One document per student with the ids the agenda and the relationship list start from. */
package io.rapport.query.app.student;
