/** What Rapport holds about a student, for the student (export), and who else read it. */
package io.rapport.query.api.privacy;
