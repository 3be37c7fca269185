package io.rapport.command.app.nudge;

import io.rapport.command.api.nudge.NudgeRule;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The nudge plan in PostgreSQL ({@code nudge_plan}, {@code nudge_coach}, {@code nudge_time_zone}).
 */
@Component
class NudgePlans {

  private static final String COLUMNS =
      "plan_key, tenant_id, rule, recipient, student_id, coach_id, subject_id, relationship_id,"
          + " anchor_at, cadence_days, request_no, due_at";

  private final JdbcTemplate jdbc;

  NudgePlans(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Plans the nudge, or plans it anew (its anchor and due time) if it was planned before. */
  void plan(PlannedNudge nudge) {
    jdbc.update(
        "insert into nudge_plan ("
            + COLUMNS
            + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (plan_key) do update set"
            + " anchor_at = excluded.anchor_at, cadence_days = excluded.cadence_days,"
            + " request_no = excluded.request_no, due_at = excluded.due_at",
        nudge.planKey(),
        nudge.tenantId(),
        nudge.rule().name(),
        nudge.recipient().name(),
        nudge.studentId(),
        nudge.coachId(),
        nudge.subjectId(),
        nudge.relationshipId(),
        timestamp(nudge.anchorAt()),
        nudge.cadenceDays(),
        nudge.requestNo(),
        timestamp(nudge.dueAt()));
  }

  /** The planned nudge with this key, if any. */
  Optional<PlannedNudge> find(String planKey) {
    return jdbc
        .query(
            "select " + COLUMNS + " from nudge_plan where plan_key = ?", NudgePlans::row, planKey)
        .stream()
        .findFirst();
  }

  /**
   * The earliest nudge due at {@code now} (of the tenant, when one is named), locked for this
   * transaction; nudges another node is handling are skipped.
   */
  Optional<PlannedNudge> claimDue(Instant now, String tenantId) {
    String claim =
        "select "
            + COLUMNS
            + " from nudge_plan where due_at <= ?"
            + (tenantId == null ? "" : " and tenant_id = ?")
            + " order by due_at limit 1 for update skip locked";
    List<PlannedNudge> due =
        tenantId == null
            ? jdbc.query(claim, NudgePlans::row, timestamp(now))
            : jdbc.query(claim, NudgePlans::row, timestamp(now), tenantId);
    return due.stream().findFirst();
  }

  /** Moves the nudge to another due time; null: nothing more to send. */
  void reschedule(String planKey, Instant dueAt) {
    jdbc.update("update nudge_plan set due_at = ? where plan_key = ?", timestamp(dueAt), planKey);
  }

  /** Moves the nudge's anchor and due time. */
  void moveAnchor(String planKey, Instant anchorAt, Instant dueAt) {
    jdbc.update(
        "update nudge_plan set anchor_at = ?, due_at = ? where plan_key = ?",
        timestamp(anchorAt),
        timestamp(dueAt),
        planKey);
  }

  /** Nothing more to send about the subject for these rules. */
  void close(String subjectId, List<NudgeRule> rules) {
    for (NudgeRule rule : rules) {
      jdbc.update(
          "update nudge_plan set due_at = null where subject_id = ? and rule = ?",
          subjectId,
          rule.name());
    }
  }

  /** Nothing more to send to or about the person. */
  void closeEverythingOf(String userId) {
    jdbc.update(
        "update nudge_plan set due_at = null where student_id = ? or coach_id = ?", userId, userId);
  }

  /** The tenant's pending nudges of the rule. */
  List<PlannedNudge> pending(String tenantId, NudgeRule rule) {
    return jdbc.query(
        "select "
            + COLUMNS
            + " from nudge_plan where tenant_id = ? and rule = ? and due_at is not null",
        NudgePlans::row,
        tenantId,
        rule.name());
  }

  void assignCoach(String tenantId, String studentId, String coachId) {
    jdbc.update(
        "insert into nudge_coach (tenant_id, student_id, coach_id) values (?, ?, ?)"
            + " on conflict (tenant_id, student_id) do update set coach_id = excluded.coach_id",
        tenantId,
        studentId,
        coachId);
  }

  Optional<String> coachOf(String tenantId, String studentId) {
    return jdbc
        .queryForList(
            "select coach_id from nudge_coach where tenant_id = ? and student_id = ?",
            String.class,
            tenantId,
            studentId)
        .stream()
        .findFirst();
  }

  void setTimeZone(String userId, String zone) {
    jdbc.update(
        "insert into nudge_time_zone (user_id, time_zone) values (?, ?)"
            + " on conflict (user_id) do update set time_zone = excluded.time_zone",
        userId,
        zone);
  }

  Optional<String> timeZoneOf(String userId) {
    return jdbc
        .queryForList(
            "select time_zone from nudge_time_zone where user_id = ?", String.class, userId)
        .stream()
        .findFirst();
  }

  private static PlannedNudge row(ResultSet rs, int row) throws SQLException {
    return new PlannedNudge(
        rs.getString("plan_key"),
        rs.getString("tenant_id"),
        NudgeRule.valueOf(rs.getString("rule")),
        PlannedNudge.Recipient.valueOf(rs.getString("recipient")),
        rs.getString("student_id"),
        rs.getString("coach_id"),
        rs.getString("subject_id"),
        rs.getString("relationship_id"),
        instant(rs.getTimestamp("anchor_at")),
        (Integer) rs.getObject("cadence_days"),
        (Long) rs.getObject("request_no"),
        instant(rs.getTimestamp("due_at")));
  }

  private static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
