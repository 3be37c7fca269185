/** Queries for coaches and tenant-admins: people, caseloads and the networking report. */
package io.rapport.query.api.coaching;
