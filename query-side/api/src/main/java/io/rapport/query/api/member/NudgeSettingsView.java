package io.rapport.query.api.member;

import java.util.Map;

/**
 * A tenant's nudges: which rules are on and their thresholds (hours before a chat, hours before the
 * thank-you window closes, days after an unanswered connection request).
 */
public record NudgeSettingsView(
    Map<String, Boolean> rules,
    int prepareHoursBefore,
    int thankYouDueHoursBefore,
    int connectionFollowUpDays) {}
