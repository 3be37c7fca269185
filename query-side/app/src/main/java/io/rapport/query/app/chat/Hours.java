package io.rapport.query.app.chat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/** Durations told in hours as people read them: 30 for whole hours, 2.5 otherwise. */
public final class Hours {

  private Hours() {}

  public static BigDecimal ofMinutes(long minutes) {
    if (minutes % 60 == 0) {
      return BigDecimal.valueOf(minutes / 60);
    }
    return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
  }

  public static BigDecimal of(Duration duration) {
    return ofMinutes(duration.toMinutes());
  }
}
