/**
 * The HTTP API of coaching: the tenant's people, cohorts and coach assignment, coach notes, a
 * coach's caseload, and the networking report for tenant-admins (as JSON and CSV).
 */
package io.rapport.gateway.coaching;
