package io.rapport.query.api.member;

/**
 * The caller's tenant's members, filtered (null: any) and paged by an opaque cursor.
 *
 * @param q text that the e-mail, first or last name contains, ignoring case
 */
public record FetchMembersQuery(
    String role, String status, String cohort, String q, String cursor, int limit) {}
