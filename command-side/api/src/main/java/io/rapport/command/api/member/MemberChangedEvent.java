package io.rapport.command.api.member;

import org.axonframework.serialization.Revision;

/** A roster row changed a member's name or role ({@code importId} names the import). */
@Revision("1")
public record MemberChangedEvent(
    String userId, String firstName, String lastName, MemberRole role, String importId) {}
