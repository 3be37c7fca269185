/**
 * A tenant's members: invitations, roster imports, deactivation. The identity provider holds the
 * accounts ({@link io.rapport.command.app.member.MemberDirectory}, supplied by the application);
 * the {@link io.rapport.command.app.member.Member} aggregate records what the tenant did with them.
 */
package io.rapport.command.app.member;
