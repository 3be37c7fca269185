/**
 * People of a tenant and who coaches whom (which the access check asks through {@link
 * io.rapport.query.app.access.PeopleRoster}); the caseload of a coach and the tenant's networking
 * report, worked out at the moment of reading from key lookups.
 */
package io.rapport.query.app.coaching;
