package io.rapport.command.app.privacy;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of crypto-shredding.
 *
 * @param keysCachedFor how long a node keeps a key (or a tombstone) in memory: another node that
 *     erases a subject makes this node forget the key only when its entry expires
 */
@ConfigurationProperties("rapport.privacy")
public record PrivacyProperties(@DefaultValue("10m") Duration keysCachedFor) {

  public PrivacyProperties {
    if (keysCachedFor.isNegative()) {
      throw new IllegalArgumentException("rapport.privacy.keys-cached-for must not be negative");
    }
  }
}
