package io.rapport.query.api.member;

/** A tenant's own policies: its thank-you window and the cadence new relationships start with. */
public record TenantSettingsView(int thankYouWindowHours, int defaultCadenceDays) {}
