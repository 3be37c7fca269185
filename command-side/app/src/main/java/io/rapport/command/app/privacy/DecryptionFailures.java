package io.rapport.command.app.privacy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.rapport.command.api.privacy.PersonalDataUnreadable.Reason;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Personal data that cannot be read though it was never erased is an incident, never "[erased]":
 * each failed read is counted (metric {@value #METRIC}, tag {@code reason}: {@code missing-key} or
 * {@code corrupt}) for alerts, and logged once per subject and reason per {@link
 * #TOLD_AGAIN_AFTER}, so that a rebuild that meets a lost key on a thousand events writes one line,
 * not a thousand.
 */
class DecryptionFailures {

  static final String METRIC = "rapport.privacy.decryption.failures";
  static final Duration TOLD_AGAIN_AFTER = Duration.ofHours(1);

  private static final Logger log = LoggerFactory.getLogger(DecryptionFailures.class);
  private static final long SUBJECTS_REMEMBERED = 10_000;

  private final Map<Reason, Counter> counters = new EnumMap<>(Reason.class);
  private final Cache<String, Boolean> told =
      Caffeine.newBuilder()
          .maximumSize(SUBJECTS_REMEMBERED)
          .expireAfterWrite(TOLD_AGAIN_AFTER)
          .build();

  DecryptionFailures(MeterRegistry meters) {
    for (Reason reason : Reason.values()) {
      counters.put(
          reason,
          Counter.builder(METRIC)
              .description("Reads of personal data that failed though it was never erased")
              .tag("reason", reason.tag())
              .register(meters));
    }
  }

  /** Counts the failure, logs it unless told lately, and gives what the reader is to throw. */
  UnreadablePersonalDataException failed(Reason reason, Subject subject, String keyId) {
    counters.get(reason).increment();
    UnreadablePersonalDataException failure =
        new UnreadablePersonalDataException(reason, subject.id(), keyId);
    if (told.asMap().putIfAbsent(reason.tag() + "|" + subject.id(), Boolean.TRUE) == null) {
      log.error(
          "{}. Every read of it fails until that is repaired; counted in {} (reason={}), logged"
              + " again for this subject after {} at the earliest",
          failure.getMessage(),
          METRIC,
          reason.tag(),
          TOLD_AGAIN_AFTER);
    }
    return failure;
  }
}
