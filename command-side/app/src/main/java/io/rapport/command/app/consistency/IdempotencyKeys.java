package io.rapport.command.app.consistency;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The idempotency keys in PostgreSQL. Every statement runs on the connection of the current
 * transaction (Spring's, which Axon's unit of work and its JDBC event storage share).
 */
class IdempotencyKeys {

  /** Who sent a key: keys are kept per tenant and user. */
  record Owner(String tenantId, String userId) {}

  /** A key claimed earlier, with what its command produced. */
  record Claimed(String requestHash, String resultType, byte[] result, long position) {}

  private final JdbcTemplate jdbc;
  private final Duration keepFor;

  IdempotencyKeys(JdbcTemplate jdbc, Duration keepFor) {
    this.jdbc = jdbc;
    this.keepFor = keepFor;
  }

  /**
   * Claims the key for this request, or finds the earlier claim. A claim made by a transaction that
   * has not finished yet makes this wait until it commits (then the earlier claim is found) or
   * rolls back (then the key is claimed here). A claim older than the keeping time is taken over.
   */
  Optional<Claimed> claim(Owner owner, String key, String requestHash) {
    int claimed =
        jdbc.update(
            """
            insert into idempotency_key (tenant_id, user_id, idempotency_key, request_hash)
            values (?, ?, ?, ?)
            on conflict (tenant_id, user_id, idempotency_key) do update
              set request_hash = excluded.request_hash, created_at = now(),
                  result_type = null, result = null, position = 0
              where idempotency_key.created_at < now() - make_interval(secs => ?)
            """,
            owner.tenantId(),
            owner.userId(),
            key,
            requestHash,
            (double) keepFor.toSeconds());
    if (claimed == 1) {
      return Optional.empty();
    }
    List<Claimed> found =
        jdbc.query(
            """
            select request_hash, result_type, result, position from idempotency_key
            where tenant_id = ? and user_id = ? and idempotency_key = ?
            """,
            (row, n) ->
                new Claimed(row.getString(1), row.getString(2), row.getBytes(3), row.getLong(4)),
            owner.tenantId(),
            owner.userId(),
            key);
    return found.stream().findFirst();
  }

  /** Keeps what the command produced with its key. */
  void complete(Owner owner, String key, HandlerResults.Stored result, long position) {
    jdbc.update(
        """
        update idempotency_key set result_type = ?, result = ?, position = ?
        where tenant_id = ? and user_id = ? and idempotency_key = ?
        """,
        result.type(),
        result.json(),
        position,
        owner.tenantId(),
        owner.userId(),
        key);
  }

  /** Gives the key up again, e.g. when its command failed without rolling back. */
  void release(Owner owner, String key) {
    jdbc.update(
        "delete from idempotency_key where tenant_id = ? and user_id = ? and idempotency_key = ?",
        owner.tenantId(),
        owner.userId(),
        key);
  }

  /** Removes the keys older than the keeping time; returns how many. */
  int removeExpired() {
    return jdbc.update(
        "delete from idempotency_key where created_at < now() - make_interval(secs => ?)",
        (double) keepFor.toSeconds());
  }

  /** The global index of the last of the given events, 0 when there are none. */
  long lastPosition(List<String> eventIdentifiers) {
    if (eventIdentifiers.isEmpty()) {
      return 0;
    }
    Long position =
        jdbc.queryForObject(
            "select max(global_index) from domain_event_entry where event_identifier = any (?)",
            Long.class,
            (Object) eventIdentifiers.toArray(String[]::new));
    return position == null ? 0 : position;
  }
}
