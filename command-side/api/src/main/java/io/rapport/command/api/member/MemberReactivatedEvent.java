package io.rapport.command.api.member;

import org.axonframework.serialization.Revision;

/** A deactivated member may sign in again. */
@Revision("1")
public record MemberReactivatedEvent(String userId) {}
