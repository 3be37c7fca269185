package io.rapport.command.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.command.app.privacy.SubjectKeys.Lookup;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * What a node keeps in memory of keys: a key and a tombstone are kept, a missing key is asked for
 * again (it may be restored), and an erased key is forgotten at once on the node that erased it.
 */
class SubjectKeysCacheTest {

  private final ScriptedDatabase database = new ScriptedDatabase();
  private final SubjectKeys keys = new SubjectKeys(database, Duration.ofMinutes(10));
  private final Lookup present = Lookup.present(new SecretKeySpec(new byte[32], "AES"));

  @Test
  void aKeyFoundIsKeptAndNotAskedForAgain() {
    database.answers.add(present);

    assertThat(keys.forDecryption("k1")).isEqualTo(present);
    assertThat(keys.forDecryption("k1")).isEqualTo(present);
    assertThat(database.lookups).isEqualTo(1);
  }

  @Test
  void aMissingKeyIsAskedForAgainSoThatARestoredOneIsFound() {
    database.answers.add(Lookup.MISSING);
    database.answers.add(present);

    assertThat(keys.forDecryption("k1")).isEqualTo(Lookup.MISSING);
    assertThat(keys.forDecryption("k1")).isEqualTo(present);
    assertThat(database.lookups).isEqualTo(2);
  }

  @Test
  void aTombstoneIsKeptAndNotAskedForAgain() {
    database.answers.add(Lookup.ERASED);

    assertThat(keys.forDecryption("k1")).isEqualTo(Lookup.ERASED);
    assertThat(keys.forDecryption("k1")).isEqualTo(Lookup.ERASED);
    assertThat(database.lookups).isEqualTo(1);
  }

  @Test
  void aCachedKeyDoesNotOutliveTheErasureOfItsSubject() {
    database.answers.add(present);
    assertThat(keys.forDecryption("k1")).isEqualTo(present);

    database.erased.add(List.of("contact-r1", "k1"));
    keys.eraseSubject("contact-r1");

    assertThat(keys.forDecryption("k1")).isEqualTo(Lookup.ERASED);
    assertThat(database.lookups).isEqualTo(1);
  }

  /** Answers each key lookup from a script, and an erasure with the keys it deleted. */
  static final class ScriptedDatabase extends JdbcTemplate {
    final Deque<Lookup> answers = new ArrayDeque<>();
    final List<List<String>> erased = new java.util.ArrayList<>();
    int lookups;

    @Override
    @SuppressWarnings("unchecked")
    public <T> T queryForObject(String sql, RowMapper<T> rowMapper, Object... args) {
      lookups++;
      return (T) answers.pop();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> List<T> query(String sql, RowMapper<T> rowMapper, Object... args) {
      assertThat(sql).contains("delete from subject_keys", "insert into subject_key_tombstones");
      return (List<T>) erased;
    }
  }
}
