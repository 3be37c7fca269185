package io.rapport.command.api.member;

/**
 * A tenant-admin invites someone to the tenant; answers the new member's user id. An e-mail that
 * has an account already is refused.
 */
public record InviteMemberCommand(MemberProfile profile) {}
