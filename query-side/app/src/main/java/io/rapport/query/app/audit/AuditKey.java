package io.rapport.query.app.audit;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that anchors every chain outside MongoDB: each entry carries an HMAC-SHA256 of its hash,
 * and each head one of the tenant, last sequence and last hash it names. Whoever can write to
 * MongoDB but does not hold the key can recompute hashes, but no MAC, so an entry or head rewritten
 * there no longer verifies. An entry MAC needs nothing but the hash, which already covers the
 * tenant, the sequence and the previous entry; the two forms are told apart by their first lines,
 * so an entry's MAC never passes for a head's. Both forms are versioned and must never change for
 * MACs already written: {@code AuditKeyTest} pins them.
 */
final class AuditKey {

  /** At least 32 bytes, written as hex digits; the configuration is checked against it too. */
  static final String HEX = "([0-9a-fA-F]{2}){32,}";

  private static final Pattern VALID = Pattern.compile(HEX);
  private static final String ALGORITHM = "HmacSHA256";
  private static final String VERSION = "rapport-audit-mac/1";

  private final SecretKeySpec key;

  private AuditKey(byte[] key) {
    this.key = new SecretKeySpec(key, ALGORITHM);
  }

  /**
   * The key written as hex digits.
   *
   * @param where where the text comes from, for the refusal's message; never the text itself
   */
  static AuditKey fromHex(String hex, String where) {
    if (hex == null || !VALID.matcher(hex).matches()) {
      throw new IllegalArgumentException(
          where + " is not an audit signing key: 32 bytes or more written as hex digits");
    }
    return new AuditKey(HexFormat.of().parseHex(hex));
  }

  /** The MAC an entry with this hash must carry. */
  String ofEntry(String hash) {
    return mac(VERSION + "\nentry\nhash=" + hash + "\n");
  }

  /** The MAC a head naming this last entry must carry. */
  String ofHead(String tenantId, long lastSequence, String lastHash) {
    return mac(
        VERSION
            + "\nhead\ntenant="
            + tenantId.getBytes(StandardCharsets.UTF_8).length
            + ':'
            + tenantId
            + "\nlastSequence="
            + lastSequence
            + "\nlastHash="
            + lastHash
            + "\n");
  }

  /** Whether a stored MAC is the expected one; compared in constant time. */
  static boolean matches(String expected, String stored) {
    return stored != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), stored.getBytes(StandardCharsets.UTF_8));
  }

  /** A key for another purpose, derived from this one (HMAC-SHA256 of the purpose). */
  byte[] derived(String purpose) {
    return HexFormat.of().parseHex(mac("rapport-derived-key/1\n" + purpose + "\n"));
  }

  private String mac(String form) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(form.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("every Java runtime has HmacSHA256", e);
    }
  }

  @Override
  public String toString() {
    return "AuditKey[hidden]";
  }
}
