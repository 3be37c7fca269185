package io.rapport.command.api.tenant;

import org.axonframework.serialization.Revision;

/** The tenant's thank-you window changed from {@code previousHours} to {@code hours}. */
@Revision("1")
public record ThankYouWindowSetEvent(String tenantId, int hours, int previousHours) {}
