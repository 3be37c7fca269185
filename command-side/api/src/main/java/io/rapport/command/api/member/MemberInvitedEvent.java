package io.rapport.command.api.member;

import org.axonframework.serialization.Revision;

/**
 * A tenant-admin invited someone, or a roster brought them in ({@code importId} names the import,
 * null for an invitation one by one); the identity provider holds their account from now on.
 */
@Revision("1")
public record MemberInvitedEvent(
    String userId,
    String email,
    String firstName,
    String lastName,
    MemberRole role,
    String importId) {}
