package io.rapport.command.api.member;

import org.axonframework.serialization.Revision;

/** A member was deactivated: they cannot sign in, and their tokens stop working. */
@Revision("1")
public record MemberDeactivatedEvent(String userId) {}
