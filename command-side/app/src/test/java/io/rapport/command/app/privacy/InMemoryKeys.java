package io.rapport.command.app.privacy;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;

/** Keys and tombstones in maps instead of PostgreSQL. */
final class InMemoryKeys extends SubjectKeys {

  final Map<String, ActiveKey> bySubject = new HashMap<>();
  final Map<String, SecretKey> byKeyId = new HashMap<>();
  final Set<String> tombstones = new HashSet<>();

  InMemoryKeys() {
    super(new JdbcTemplate(), Duration.ZERO);
  }

  @Override
  ActiveKey forEncryption(Subject subject) {
    return bySubject.computeIfAbsent(
        subject.id(),
        id -> {
          ActiveKey key =
              new ActiveKey(
                  "k-" + id, new SecretKeySpec(id.repeat(32).substring(0, 32).getBytes(), "AES"));
          byKeyId.put(key.keyId(), key.key());
          return key;
        });
  }

  @Override
  Lookup forDecryption(String keyId) {
    if (tombstones.contains(keyId)) {
      return Lookup.ERASED;
    }
    SecretKey key = byKeyId.get(keyId);
    return key == null ? Lookup.MISSING : Lookup.present(key);
  }

  /** Erasure: the key goes, its tombstone stays. */
  void erase(String subjectId) {
    String keyId = bySubject.remove(subjectId).keyId();
    byKeyId.remove(keyId);
    tombstones.add(keyId);
  }

  /** A key lost without an erasure: no tombstone. */
  void lose(String subjectId) {
    byKeyId.remove(bySubject.remove(subjectId).keyId());
  }
}
