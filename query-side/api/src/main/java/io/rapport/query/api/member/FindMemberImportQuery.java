package io.rapport.query.api.member;

/** One import of the caller's tenant, or nothing. */
public record FindMemberImportQuery(String importId) {}
