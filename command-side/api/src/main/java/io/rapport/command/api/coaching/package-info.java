/** People of a tenant, their cohorts and coaches, and the notes coaches leave on a student. */
package io.rapport.command.api.coaching;
