/**
 * A tenant's members for its tenant-admins: the list, invitations, roster imports, deactivation,
 * and the tenant's own settings.
 */
package io.rapport.gateway.member;
