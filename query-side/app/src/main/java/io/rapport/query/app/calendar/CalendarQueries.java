package io.rapport.query.app.calendar;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.reactivestreams.client.MongoDatabase;
import io.rapport.query.api.calendar.CalendarView;
import io.rapport.query.api.calendar.FetchCalendarQuery;
import io.rapport.query.app.access.TenantId;
import io.rapport.query.app.chat.ChatDocument;
import io.rapport.query.app.relationship.ContactNames;
import io.rapport.query.app.store.KeyLookups;
import io.rapport.query.app.student.StudentDocument;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Answers a calendar feed when the token's hash matches the stored one (compared in constant time):
 * the student's chats by key, with their contacts' names.
 */
@Component
class CalendarQueries {

  /**
   * A calendar app keeps what it fetched for hours: a chat of a relationship that has just started
   * waits up to about a second for its contact's name rather than being filed as "a contact".
   */
  private static final int NAME_ATTEMPTS = 6;

  private final MongoDatabase database;
  private final KeyLookups lookups;
  private final ContactNames contactNames;

  CalendarQueries(MongoDatabase database, KeyLookups lookups, ContactNames contactNames) {
    this.database = database;
    this.lookups = lookups;
    this.contactNames = contactNames;
  }

  @QueryHandler
  CompletableFuture<Optional<CalendarView>> handle(FetchCalendarQuery query) {
    return Mono.from(
            database
                .getCollection(CalendarTokenProjection.COLLECTION)
                .find(eq("_id", query.studentId()))
                .first())
        .filter(doc -> opens(query.token(), doc.getString("tokenHash")))
        .flatMap(doc -> chatsOf(new TenantId(doc.getString("tenantId")), query.studentId()))
        .map(Optional::of)
        .defaultIfEmpty(Optional.empty())
        .toFuture();
  }

  /** The SHA-256 of the token, hex: what is stored in place of the token. */
  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  private static boolean opens(String token, String storedHash) {
    if (token == null || storedHash == null) {
      return false;
    }
    return MessageDigest.isEqual(
        hash(token).getBytes(StandardCharsets.US_ASCII),
        storedHash.getBytes(StandardCharsets.US_ASCII));
  }

  private Mono<CalendarView> chatsOf(TenantId tenant, String studentId) {
    return lookups
        .byId(StudentDocument.COLLECTION, tenant, StudentDocument.key(tenant, studentId))
        .defaultIfEmpty(new Document())
        .flatMap(
            student ->
                lookups.byIds(
                    ChatDocument.COLLECTION,
                    tenant,
                    student.getList(StudentDocument.CHATS, String.class, List.of())))
        .map(
            chats ->
                chats.stream().filter(c -> studentId.equals(c.getString("studentId"))).toList())
        .flatMap(
            chats -> {
              Set<String> relationships =
                  chats.stream()
                      .map(c -> c.getString("relationshipId"))
                      .collect(Collectors.toSet());
              return contactNames
                  .awaited(tenant, relationships, NAME_ATTEMPTS)
                  .map(names -> new CalendarView(chats.stream().map(c -> chat(c, names)).toList()));
            });
  }

  private static CalendarView.Chat chat(Document doc, Map<String, String> names) {
    return new CalendarView.Chat(
        doc.getString("_id"),
        doc.getString("kind"),
        doc.getString("status"),
        instant(doc.getDate("startsAt")),
        doc.getInteger("durationMinutes", 0),
        doc.getString("setting"),
        doc.getString("location"),
        names.get(doc.getString("relationshipId")),
        doc.get("revision") instanceof Number revision ? revision.longValue() : 0L,
        instant(doc.getDate("updatedAt")));
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
