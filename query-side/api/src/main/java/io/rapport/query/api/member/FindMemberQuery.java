package io.rapport.query.api.member;

/** One member of the caller's tenant, or nothing. */
public record FindMemberQuery(String userId) {}
