package io.rapport.gateway.nudge;

import io.rapport.command.api.nudge.NudgeRule;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The tokens of one-click unsubscribe links: who (tenant and user) wants no more nudges of which
 * rule, signed with HMAC-SHA256 under the platform's link key, so that the link needs no sign-in
 * and cannot be made for anyone else. A link does not expire: unsubscribing must keep working.
 */
public final class UnsubscribeLinks {

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  /** Whom a link is for and what it turns off. */
  public record Unsubscribe(String tenantId, String userId, NudgeRule rule) {}

  private final byte[] key;

  public UnsubscribeLinks(byte[] key) {
    if (key.length < 32) {
      throw new IllegalArgumentException("an unsubscribe link key has at least 32 bytes");
    }
    this.key = key.clone();
  }

  /** The token of the link that turns the rule off for the person. */
  public String token(String tenantId, String userId, NudgeRule rule) {
    String claims =
        ENCODER.encodeToString(
            (tenantId + "\n" + userId + "\n" + rule.name()).getBytes(StandardCharsets.UTF_8));
    return claims + "." + ENCODER.encodeToString(mac(claims));
  }

  /** What the token says, when it is one of these links'; empty for anything else. */
  public Optional<Unsubscribe> read(String token) {
    try {
      int dot = token == null ? -1 : token.indexOf('.');
      if (dot <= 0) {
        return Optional.empty();
      }
      String claims = token.substring(0, dot);
      byte[] signature = DECODER.decode(token.substring(dot + 1));
      if (!MessageDigest.isEqual(mac(claims), signature)) {
        return Optional.empty();
      }
      String[] parts = new String(DECODER.decode(claims), StandardCharsets.UTF_8).split("\n");
      if (parts.length != 3) {
        return Optional.empty();
      }
      return Optional.of(new Unsubscribe(parts[0], parts[1], NudgeRule.valueOf(parts[2])));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private byte[] mac(String claims) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(claims.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
