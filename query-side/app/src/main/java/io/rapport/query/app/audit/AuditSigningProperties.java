package io.rapport.query.app.audit;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the key that anchors the audit chains comes from. It must live outside MongoDB, or the
 * anchor protects nothing; every node must use the same one; and a new key makes every chain signed
 * with the old one fail its check until the audit read model is rebuilt. A malformed key is refused
 * here, at binding, without its value in the message (a bean-validation constraint would print the
 * rejected value in the startup report).
 *
 * @param signingKey the key, 32 bytes or more as hex digits (e.g. {@code openssl rand -hex 32});
 *     blank to use {@code signingKeyFile}
 * @param signingKeyFile where a key is kept when none is configured, made there (random) the first
 *     time; the application's configuration puts it in the data folder
 */
@ConfigurationProperties("rapport.audit")
public record AuditSigningProperties(String signingKey, Path signingKeyFile) {

  private static final Pattern KEY = Pattern.compile(AuditKey.HEX);

  public AuditSigningProperties {
    if (signingKey != null && !signingKey.isBlank() && !KEY.matcher(signingKey.strip()).matches()) {
      throw new IllegalArgumentException(
          "rapport.audit.signing-key must be 32 bytes or more as hex digits"
              + " (e.g. openssl rand -hex 32); its value is not shown");
    }
  }

  /** Whether a key is configured, rather than kept in the key file. */
  boolean configured() {
    return signingKey != null && !signingKey.isBlank();
  }

  @Override
  public String toString() {
    return "AuditSigningProperties[signingKey="
        + (configured() ? "(set)" : "(none)")
        + ", signingKeyFile="
        + signingKeyFile
        + "]";
  }
}
