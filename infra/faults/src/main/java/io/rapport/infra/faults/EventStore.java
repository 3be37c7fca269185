package io.rapport.infra.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The application's PostgreSQL, read from outside. */
final class EventStore {

  private final String url;

  EventStore(int port) {
    this.url = "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres&connectTimeout=5";
  }

  /** The positions among the given ones that hold no event. */
  Set<Long> missingPositions(Collection<Long> positions) throws SQLException {
    Set<Long> missing = new HashSet<>(positions);
    try (Connection connection = DriverManager.getConnection(url);
        PreparedStatement select =
            connection.prepareStatement(
                "select global_index from domain_event_entry where global_index = any (?)")) {
      select.setArray(1, connection.createArrayOf("bigint", positions.toArray()));
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          missing.remove(rows.getLong(1));
        }
      }
    }
    return missing;
  }

  /**
   * Events per tenant: those whose metadata names it, and those of platform staff (no tenant in the
   * metadata) whose payload names it, which the tenant's audit chain holds as well.
   */
  Map<String, Long> eventsPerTenant() throws SQLException {
    Map<String, Long> counts = new HashMap<>();
    try (Connection connection = DriverManager.getConnection(url);
        PreparedStatement select =
            connection.prepareStatement(
                "select coalesce(convert_from(meta_data, 'UTF8')::jsonb ->> 'tenantId',"
                    + " convert_from(payload, 'UTF8')::jsonb ->> 'tenantId'), count(*)"
                    + " from domain_event_entry group by 1");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        if (rows.getString(1) != null) {
          counts.put(rows.getString(1), rows.getLong(2));
        }
      }
    }
    return counts;
  }

  /** The highest position in the store. */
  long head() throws SQLException {
    try (Connection connection = DriverManager.getConnection(url);
        PreparedStatement select =
            connection.prepareStatement(
                "select coalesce(max(global_index), 0) from domain_event_entry");
        ResultSet rows = select.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** The ids of nudges sent more than once: a nudge is recorded once, whatever crashed. */
  Set<String> nudgesSentTwice() throws SQLException {
    return strings(
        "select convert_from(payload, 'UTF8')::jsonb ->> 'nudgeId' from domain_event_entry"
            + " where payload_type like '%NudgeSentEvent' group by 1 having count(*) > 1");
  }

  /** Relationships whose contact was erased: they have a ContactPersonalDataErasedEvent. */
  Set<String> erasedContacts() throws SQLException {
    return strings(
        "select aggregate_identifier from domain_event_entry"
            + " where payload_type like '%ContactPersonalDataErasedEvent'");
  }

  /** Relationships whose contact still has a key. */
  Set<String> contactsWithKeys() throws SQLException {
    return strings(
        "select substring(subject_id from 9) from subject_keys where subject_id like 'contact-%'");
  }

  private Set<String> strings(String query) throws SQLException {
    Set<String> values = new HashSet<>();
    try (Connection connection = DriverManager.getConnection(url);
        PreparedStatement select = connection.prepareStatement(query);
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }
}
