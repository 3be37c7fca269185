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
 * always a stored one. Erasing a key leaves a tombstone ({@code subject_key_tombstones}) in the
 * same transaction: a key id with a tombstone reads as erased, one with neither key nor tombstone
 * was lost, which is an incident and never shown as erased. Keys and tombstones are cached (a
 * tombstone for good, since key ids are random and never come back); a missing key is not, so a key
 * restored from a backup is found at the next read. Another node may go on using an erased key
 * until its cache entry expires ({@link PrivacyProperties#keysCachedFor()}).
 */
public class SubjectKeys {

  private static final long CACHED_KEYS = 10_000;

  private static final String ERASE =
      "with erased as (delete from subject_keys where %s = ?"
          + " returning key_id, subject_id, owner_id),"
          + " tombstones as (insert into subject_key_tombstones (key_id, subject_id, owner_id)"
          + " select key_id, subject_id, owner_id from erased on conflict (key_id) do nothing)"
          + " select subject_id, key_id from erased";

  /** The key that encrypts a subject's new data. */
  record ActiveKey(String keyId, SecretKey key) {}

  /** What the store holds for a key id: the key, a tombstone, or nothing at all. */
  record Lookup(State state, SecretKey key) {

    enum State {
      PRESENT,
      ERASED,
      MISSING
    }

    static final Lookup ERASED = new Lookup(State.ERASED, null);
    static final Lookup MISSING = new Lookup(State.MISSING, null);

    static Lookup present(SecretKey key) {
      return new Lookup(State.PRESENT, key);
    }
  }

  private final JdbcTemplate jdbc;
  private final Cache<String, ActiveKey> bySubject;
  private final Cache<String, Lookup> byKeyId;

  public SubjectKeys(JdbcTemplate jdbc, Duration cachedFor) {
    this.jdbc = jdbc;
    this.bySubject =
        Caffeine.newBuilder().maximumSize(CACHED_KEYS).expireAfterWrite(cachedFor).build();
    this.byKeyId =
        Caffeine.newBuilder().maximumSize(CACHED_KEYS).expireAfterWrite(cachedFor).build();
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

  /** What the store holds for this key id; a tombstone wins over a key restored after it. */
  Lookup forDecryption(String keyId) {
    Lookup lookup = byKeyId.get(keyId, this::lookedUp);
    if (lookup == Lookup.MISSING) {
      // an incident, not a fact to keep: a key restored from a backup is found at the next read
      byKeyId.asMap().remove(keyId, Lookup.MISSING);
    }
    return lookup;
  }

  /** One row whatever is stored: the key's bytes (or null), and whether a tombstone exists. */
  private Lookup lookedUp(String keyId) {
    return jdbc.queryForObject(
        "select k.key_bytes, t.key_id is not null from (values (cast(? as varchar))) w (key_id)"
            + " left join subject_keys k on k.key_id = w.key_id"
            + " left join subject_key_tombstones t on t.key_id = w.key_id",
        (rs, row) -> {
          if (rs.getBoolean(2)) {
            return Lookup.ERASED;
          }
          byte[] key = rs.getBytes(1);
          return key == null ? Lookup.MISSING : Lookup.present(aesKey(key));
        },
        keyId);
  }

  /**
   * Deletes a subject's key and leaves its tombstone, in the current transaction; forgotten here
   * once it commits.
   */
  public void eraseSubject(String subjectId) {
    forget(erase("subject_id", subjectId));
  }

  /** Erases every key a student owns: the student's own and their contacts'. */
  public void eraseOwner(String ownerId) {
    forget(erase("owner_id", ownerId));
  }

  private List<List<String>> erase(String column, String value) {
    return jdbc.query(
        ERASE.formatted(column), (rs, row) -> List.of(rs.getString(1), rs.getString(2)), value);
  }

  private void forget(List<List<String>> deleted) {
    Runnable evict =
        () ->
            deleted.forEach(
                ids -> {
                  bySubject.invalidate(ids.get(0));
                  byKeyId.put(ids.get(1), Lookup.ERASED);
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
