package io.rapport.query.app.calendar;

import io.rapport.query.api.calendar.CalendarView;
import io.rapport.query.api.calendar.FetchCalendarQuery;
import io.rapport.query.api.calendar.FetchCalendarTokenHashQuery;
import io.rapport.query.app.chat.StudentChats;
import io.rapport.query.app.relationship.ContactNames;
import io.rapport.query.app.store.AcrossTenants;
import io.rapport.query.app.store.ReadModelStore;
import io.rapport.query.app.store.TenantCollections;
import io.rapport.query.app.store.TenantId;
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
 * the student's chats by key, with their contacts' names; and the hash to keep of a new token, so
 * that tokens are hashed here only. The token's document is found by the student's id alone (a
 * calendar app sends no bearer token), across tenants; it names the tenant the chats are read in.
 */
@Component
class CalendarQueries {

  /**
   * A calendar app keeps what it fetched for hours: a chat of a relationship that has just started
   * waits up to about a second for its contact's name rather than being filed as "a contact".
   */
  private static final int NAME_ATTEMPTS = 6;

  private final AcrossTenants acrossTenants;
  private final ReadModelStore store;
  private final StudentChats chats;
  private final ContactNames contactNames;

  CalendarQueries(
      AcrossTenants acrossTenants,
      ReadModelStore store,
      StudentChats chats,
      ContactNames contactNames) {
    this.acrossTenants = acrossTenants;
    this.store = store;
    this.chats = chats;
    this.contactNames = contactNames;
  }

  @QueryHandler
  CompletableFuture<Optional<CalendarView>> handle(FetchCalendarQuery query) {
    return acrossTenants
        .byKey(CalendarTokenProjection.COLLECTION, query.studentId())
        .filter(doc -> opens(query.token(), doc.getString("tokenHash")))
        .flatMap(
            doc -> chatsOf(store.of(new TenantId(doc.getString(TenantId.KEY))), query.studentId()))
        .map(Optional::of)
        .defaultIfEmpty(Optional.empty())
        .toFuture();
  }

  /** The hash to keep of a new token, for the command that issues it. */
  @QueryHandler
  String handle(FetchCalendarTokenHashQuery query) {
    return hash(query.token());
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

  private Mono<CalendarView> chatsOf(TenantCollections tenant, String studentId) {
    return chats
        .of(tenant, List.of(studentId))
        .flatMap(lists -> chats.all(tenant, lists))
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
