package io.rapport.command.app.consistency;

import io.rapport.command.api.FindIdempotencyKeyFirstUseQuery;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * When an idempotency key was first used, within its keeping time: the same instant for a repeat
 * (also for two first uses at once, which meet on the key's row), a new one once the key expired,
 * that is once both its first use and its claim by a command are older than the keeping time.
 */
class IdempotencyKeyUses {

  private final JdbcTemplate jdbc;
  private final Duration keepFor;

  IdempotencyKeyUses(JdbcTemplate jdbc, Duration keepFor) {
    this.jdbc = jdbc;
    this.keepFor = keepFor;
  }

  /** The first use of the key by the user in the tenant (null for platform staff), now if new. */
  @QueryHandler
  Instant firstUse(
      FindIdempotencyKeyFirstUseQuery query,
      @MetaDataValue("tenantId") String tenantId,
      @MetaDataValue(value = "userId", required = true) String userId) {
    String key = query.idempotencyKey();
    OffsetDateTime first =
        jdbc.queryForObject(
            """
            insert into idempotency_key_use as used
              (tenant_id, user_id, idempotency_key, first_use)
            values (?, ?, ?, clock_timestamp())
            on conflict (tenant_id, user_id, idempotency_key) do update
              set first_use = case
                when used.first_use < clock_timestamp() - make_interval(secs => ?)
                  and not exists (
                    select 1 from idempotency_key claim
                    where claim.tenant_id = used.tenant_id and claim.user_id = used.user_id
                      and claim.idempotency_key = used.idempotency_key
                      and claim.created_at >= now() - make_interval(secs => ?))
                  then excluded.first_use
                else used.first_use end
            returning first_use
            """,
            OffsetDateTime.class,
            tenantId == null || tenantId.isBlank() ? IdempotentCommands.NO_TENANT : tenantId,
            userId,
            key,
            (double) keepFor.toSeconds(),
            (double) keepFor.toSeconds());
    return first.toInstant();
  }

  /** Forgets the first uses older than the keeping time; returns how many. */
  int removeExpired() {
    return jdbc.update(
        "delete from idempotency_key_use where first_use < now() - make_interval(secs => ?)",
        (double) keepFor.toSeconds());
  }
}
