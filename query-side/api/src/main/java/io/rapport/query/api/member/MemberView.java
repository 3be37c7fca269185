package io.rapport.query.api.member;

/**
 * A member of the tenant.
 *
 * @param role {@code STUDENT}, {@code COACH} or {@code TENANT_ADMIN}
 * @param status {@code INVITED} (never signed in), {@code ACTIVE} or {@code DEACTIVATED}
 */
public record MemberView(
    String userId,
    String email,
    String firstName,
    String lastName,
    String role,
    String status,
    String cohort,
    String coachId) {}
