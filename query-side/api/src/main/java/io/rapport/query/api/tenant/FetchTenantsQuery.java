package io.rapport.query.api.tenant;

/** Every tenant onboarded through Rapport, by id; platform staff only. */
public record FetchTenantsQuery() {}
