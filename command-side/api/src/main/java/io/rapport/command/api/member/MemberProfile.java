package io.rapport.command.api.member;

/**
 * A member as a tenant-admin describes them: in the invitation form or in a roster row.
 *
 * @param cohort the student's cohort, or null
 * @param coachEmail the e-mail of the student's coach (a coach of the same tenant), or null
 */
public record MemberProfile(
    String email,
    String firstName,
    String lastName,
    MemberRole role,
    String cohort,
    String coachEmail) {}
