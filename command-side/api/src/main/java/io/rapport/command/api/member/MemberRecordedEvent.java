package io.rapport.command.api.member;

import org.axonframework.serialization.Revision;

/**
 * The roster first acted on a member who joined by other means (the identity provider's own
 * records, or a first sign-in through the institution's identity provider): their account as it
 * stood then.
 */
@Revision("1")
public record MemberRecordedEvent(
    String userId, String email, String firstName, String lastName, MemberRole role) {}
