package io.rapport.query.app.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash chain: each entry's hash is SHA-256 over a canonical form of its fields, its tenant and
 * the previous entry's hash; the first entry chains from 64 zeros. The canonical form is versioned
 * and each value is prefixed with its length in UTF-8 bytes (no separator inside a value can shift
 * a field, and a verifier in any language can rebuild it); it must never change for entries already
 * written: {@code AuditChainTest} pins it.
 */
final class AuditChain {

  /** The hash the first entry of every chain links to. */
  static final String GENESIS = "0".repeat(64);

  private static final String VERSION = "rapport-audit/1";

  private AuditChain() {}

  /** The entry with its hash, linked to the previous entry's hash, and the hash's MAC. */
  static AuditEntry link(String tenantId, AuditEntry entry, String previousHash, AuditKey key) {
    return entry.sealed(hash(tenantId, entry, previousHash), key);
  }

  /** The hash the entry must carry when it follows an entry with {@code previousHash}. */
  static String hash(String tenantId, AuditEntry entry, String previousHash) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(canonical(tenantId, entry, previousHash).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /**
   * The canonical form: one {@code name=value} line per field; the entry's own hash and MAC
   * excluded.
   */
  static String canonical(String tenantId, AuditEntry entry, String previousHash) {
    StringBuilder form = new StringBuilder(VERSION).append('\n');
    field(form, "tenant", tenantId);
    field(form, "sequence", Long.toString(entry.sequence()));
    field(form, "eventId", entry.eventId());
    field(form, "type", entry.type());
    field(form, "category", entry.category());
    field(form, "at", entry.at() == null ? null : entry.at().toString());
    field(form, "actorId", entry.actorId());
    field(form, "roles", list(entry.roles()));
    field(form, "correlationId", entry.correlationId());
    field(form, "studentId", entry.studentId());
    field(form, "summary", entry.summary());
    field(form, "previous", previousHash);
    return form.toString();
  }

  private static void field(StringBuilder form, String name, String value) {
    form.append(name).append('=');
    if (value == null) {
      form.append('~');
    } else {
      form.append(length(value)).append(':').append(value);
    }
    form.append('\n');
  }

  private static int length(String value) {
    return value.getBytes(StandardCharsets.UTF_8).length;
  }

  private static String list(List<String> values) {
    StringBuilder list = new StringBuilder().append(values.size()).append('#');
    for (String value : values) {
      list.append(length(value)).append(':').append(value);
    }
    return list.toString();
  }
}
