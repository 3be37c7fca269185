package io.rapport.query.app.tenant;

import java.time.Duration;

/** The window within which a thank-you is on time, unless the tenant's policy says otherwise. */
public final class ThankYouWindows {

  /** 24 hours after the meeting. */
  public static final Duration DEFAULT = Duration.ofHours(24);

  private ThankYouWindows() {}
}
