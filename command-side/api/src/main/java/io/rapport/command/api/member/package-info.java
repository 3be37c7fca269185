/**
 * A tenant's members: the people a tenant-admin invites, imports from a roster, deactivates and
 * reactivates, and the tenant's own settings. Identities live in the identity provider; the
 * roster's changes are events, so that they are in the audit chain and on the timelines they
 * concern.
 */
package io.rapport.command.api.member;
