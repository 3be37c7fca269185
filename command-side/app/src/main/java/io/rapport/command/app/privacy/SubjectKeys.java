package io.rapport.command.app.privacy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The data subjects' keys in PostgreSQL ({@code subject_keys}), with bounded in-memory caches so
 * that the command path reads the database once per subject. A key is created on first use, in the
 * transaction of the events it encrypts, and cached only once that commits, so a cached key is
 * always a stored one. A deleted key never comes back (key ids are random), so knowing that a key
 * is gone can be cached for good; another node may go on using a deleted key for encryption until
 * its cache entry expires ({@link #CACHED_FOR}).
 */
public class SubjectKeys {

  static final Duration CACHED_FOR = Duration.ofMinutes(10);
  private static final long CACHED_KEYS = 10_000;

  /** The key that encrypts a subject's new data. */
  record ActiveKey(String keyId, SecretKey key) {}

  private final JdbcTemplate jdbc;
  private final Cache<String, ActiveKey> bySubject =
      Caffeine.newBuilder().maximumSize(CACHED_KEYS).expireAfterWrite(CACHED_FOR).build();
  private final Cache<String, Optional<SecretKey>> byKeyId =
      Caffeine.newBuilder().maximumSize(CACHED_KEYS).expireAfterWrite(CACHED_FOR).build();

  public SubjectKeys(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The subject's key, created if the subject has none (yet, or any more). A new key is stored in
   * the current transaction — with the events it encrypts, and on the connection that transaction
   * already holds, so that no command ever waits for a second connection — and cached once that
   * transaction commits.
   */
  ActiveKey forEncryption(Subject subject) {
    ActiveKey cached = bySubject.getIfPresent(subject.id());
    if (cached != null) {
      return cached;
    }
    Optional<ActiveKey> stored = stored(subject);
    if (stored.isPresent()) {
      bySubject.put(subject.id(), stored.get());
      return stored.get();
    }
    ActiveKey created = created(subject);
    afterCommit(() -> bySubject.put(subject.id(), created));
    return created;
  }

  /** The key with this id; empty once erased. */
  Optional<SecretKey> forDecryption(String keyId) {
    return byKeyId.get(
        keyId,
        id ->
            jdbc
                .query(
                    "select key_bytes from subject_keys where key_id = ?",
                    (rs, row) -> aesKey(rs.getBytes(1)),
                    id)
                .stream()
                .findFirst());
  }

  /** Deletes a subject's key, in the current transaction; forgotten here once it commits. */
  public void eraseSubject(String subjectId) {
    forget(
        jdbc.query(
            "delete from subject_keys where subject_id = ? returning subject_id, key_id",
            (rs, row) -> List.of(rs.getString(1), rs.getString(2)),
            subjectId));
  }

  /** Deletes every key a student owns: the student's own and their contacts'. */
  public void eraseOwner(String ownerId) {
    forget(
        jdbc.query(
            "delete from subject_keys where owner_id = ? returning subject_id, key_id",
            (rs, row) -> List.of(rs.getString(1), rs.getString(2)),
            ownerId));
  }

  private void forget(List<List<String>> deleted) {
    Runnable evict =
        () ->
            deleted.forEach(
                ids -> {
                  bySubject.invalidate(ids.get(0));
                  byKeyId.put(ids.get(1), Optional.empty());
                });
    afterCommit(evict);
  }

  /** Runs once the current transaction commits, or now when there is none. */
  private static void afterCommit(Runnable action) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              action.run();
            }
          });
    } else {
      action.run();
    }
  }

  private Optional<ActiveKey> stored(Subject subject) {
    return jdbc
        .query(
            "select key_id, key_bytes from subject_keys where subject_id = ?",
            (rs, row) -> new ActiveKey(rs.getString(1), aesKey(rs.getBytes(2))),
            subject.id())
        .stream()
        .findFirst();
  }

  /** Stores a new key; a concurrent creator's key, once committed, wins. */
  private ActiveKey created(Subject subject) {
    jdbc.update(
        "insert into subject_keys (key_id, subject_id, owner_id, key_bytes)"
            + " values (?, ?, ?, ?) on conflict (subject_id) do nothing",
        UUID.randomUUID().toString(),
        subject.id(),
        subject.ownerId(),
        newKey());
    return stored(subject).orElseThrow();
  }

  private static byte[] newKey() {
    try {
      KeyGenerator generator = KeyGenerator.getInstance("AES");
      generator.init(256);
      return generator.generateKey().getEncoded();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("AES is not available", e);
    }
  }

  private static SecretKey aesKey(byte[] bytes) {
    return new SecretKeySpec(bytes, "AES");
  }
}
