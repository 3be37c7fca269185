package io.rapport.command.api.member;

/**
 * One row of a roster: the member is created, brought up to date or left as they are (keyed by
 * e-mail), and the handler answers which, as an {@link ImportOutcome}. A dry run changes nothing
 * and answers what it would do.
 */
public record ImportMemberCommand(String importId, MemberProfile profile, boolean dryRun) {}
