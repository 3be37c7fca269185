package io.rapport.query.api.member;

/** The caller's tenant's own settings. */
public record FetchTenantSettingsQuery() {}
