package io.rapport.query.app.chat;

import io.rapport.query.app.store.TenantCollections;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The chat projection's read port for the rest of the read side: each student's lists of chats (its
 * own collection, {@value #COLLECTION}, keyed {@code tenant|student}, written by this projection
 * only) and the chats' documents, by key.
 */
@Component
public class StudentChats {

  static final String COLLECTION = "student_chats";
  static final String STUDENT = "studentId";
  static final String ALL = "chatIds";
  static final String OPEN = "openChatIds";
  static final String DATES = "chatDates";
  static final String LAST_ACTIVITY = "lastActivityAt";

  /** The students' lists of chats, in one lookup; a student without any has no list. */
  public Mono<List<ChatsOfStudent>> of(TenantCollections tenant, Collection<String> studentIds) {
    return tenant
        .byIds(COLLECTION, studentIds.stream().map(tenant.tenant()::key).toList())
        .map(docs -> docs.stream().map(StudentChats::ofStudent).toList());
  }

  /** The documents of the students' open chats, in one lookup; only those of the students. */
  public Mono<List<Document>> open(TenantCollections tenant, Collection<ChatsOfStudent> lists) {
    return documents(tenant, lists, ChatsOfStudent::openChatIds);
  }

  /** The documents of all the students' chats, in one lookup; only those of the students. */
  public Mono<List<Document>> all(TenantCollections tenant, Collection<ChatsOfStudent> lists) {
    return documents(tenant, lists, ChatsOfStudent::chatIds);
  }

  private static Mono<List<Document>> documents(
      TenantCollections tenant,
      Collection<ChatsOfStudent> lists,
      Function<ChatsOfStudent, List<String>> ids) {
    Set<String> students =
        lists.stream().map(ChatsOfStudent::studentId).collect(Collectors.toSet());
    return tenant
        .byIds(ChatDocument.COLLECTION, lists.stream().flatMap(l -> ids.apply(l).stream()).toList())
        .map(docs -> docs.stream().filter(d -> students.contains(d.getString(STUDENT))).toList());
  }

  private static ChatsOfStudent ofStudent(Document doc) {
    Map<String, Instant> dates = new LinkedHashMap<>();
    doc.get(DATES, new Document())
        .forEach((chat, date) -> dates.put(chat, ((Date) date).toInstant()));
    Date last = doc.getDate(LAST_ACTIVITY);
    return new ChatsOfStudent(
        doc.getString(STUDENT),
        doc.getList(ALL, String.class, List.of()),
        doc.getList(OPEN, String.class, List.of()),
        dates,
        last == null ? null : last.toInstant());
  }
}
