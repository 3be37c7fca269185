package io.rapport.query.api.member;

/**
 * A tenant's own policies: its thank-you window, the cadence new relationships start with, and its
 * nudges.
 */
public record TenantSettingsView(
    int thankYouWindowHours, int defaultCadenceDays, NudgeSettingsView nudges) {}
