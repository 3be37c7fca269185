package io.rapport.command.app.store;

import io.rapport.command.api.Stamp;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

/**
 * Axon's JDBC event storage, which adds each event's own global index to the metadata of the events
 * it streams ({@link Stamp#POSITION}). A projection cannot take it from the event's tracking token:
 * an event that committed after a later one (a gap filled) carries the token of the highest index
 * seen, so two entries would share a position, and a live read model would differ from its rebuild.
 */
final class PositionStampingStorageEngine extends JdbcEventStorageEngine {

  private final String globalIndexColumn;

  PositionStampingStorageEngine(Builder builder, String globalIndexColumn) {
    super(builder);
    this.globalIndexColumn = globalIndexColumn;
  }

  @Override
  protected TrackedEventData<?> getTrackedEventData(
      ResultSet resultSet, GapAwareTrackingToken previousToken) throws SQLException {
    TrackedEventData<?> read = super.getTrackedEventData(resultSet, previousToken);
    if (!(read instanceof DomainEventData<?> event)
        || !(event.getMetaData().getData() instanceof byte[] metaData)) {
      return read;
    }
    return new TrackedDomainEventData<>(
        read.trackingToken(),
        new GenericDomainEventEntry<>(
            event.getType(),
            event.getAggregateIdentifier(),
            event.getSequenceNumber(),
            event.getEventIdentifier(),
            event.getTimestamp(),
            event.getPayload().getType().getName(),
            event.getPayload().getType().getRevision(),
            event.getPayload().getData(),
            withPosition(metaData, resultSet.getLong(globalIndexColumn))));
  }

  /** The metadata's JSON object with the position added as its last field. */
  static byte[] withPosition(byte[] metaData, long position) {
    int end = metaData.length - 1;
    while (end >= 0 && metaData[end] != '}') {
      end--;
    }
    if (end < 0) {
      return metaData; // not a JSON object: left as it is
    }
    boolean empty = true;
    for (int i = 0; i < end && empty; i++) {
      byte b = metaData[i];
      empty = b == '{' || Character.isWhitespace(b);
    }
    byte[] field =
        ((empty ? "" : ",") + "\"" + Stamp.POSITION.key() + "\":" + position + "}")
            .getBytes(StandardCharsets.UTF_8);
    byte[] stamped = Arrays.copyOf(metaData, end + field.length);
    System.arraycopy(field, 0, stamped, end, field.length);
    return stamped;
  }
}
