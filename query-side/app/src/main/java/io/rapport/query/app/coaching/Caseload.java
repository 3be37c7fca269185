package io.rapport.query.app.coaching;

import io.rapport.query.api.coaching.CaseloadView;
import io.rapport.query.api.relationship.RelationshipView;
import io.rapport.query.app.chat.ChatDocument;
import io.rapport.query.app.chat.ChatsOfStudent;
import io.rapport.query.app.relationship.RelationshipDocument;
import io.rapport.query.app.relationship.RelationshipsOfStudent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;

/** Works out how each student of a caseload is doing, and who needs help first. */
final class Caseload {

  static final Duration RECENT = Duration.ofDays(30);

  private Caseload() {}

  static CaseloadView of(
      List<String> studentIds,
      List<Document> people,
      List<ChatsOfStudent> chatLists,
      List<RelationshipsOfStudent> relationshipLists,
      List<Document> openChats,
      List<Document> relationships,
      Instant now,
      Duration window) {
    Map<String, Document> personById = byField(people, "userId");
    List<CaseloadView.StudentSummary> summaries = new ArrayList<>();
    for (String studentId : studentIds) {
      Document person = personById.getOrDefault(studentId, new Document());
      ChatsOfStudent chatList =
          chatLists.stream().filter(c -> studentId.equals(c.studentId())).findFirst().orElse(null);
      Instant lastActivity =
          latest(
              chatList == null ? null : chatList.lastActivityAt(),
              relationshipLists.stream()
                  .filter(r -> studentId.equals(r.studentId()))
                  .map(RelationshipsOfStudent::lastActivityAt)
                  .findFirst()
                  .orElse(null));
      List<Document> chats = owned(openChats, studentId);
      List<RelationshipView> rels =
          owned(relationships, studentId).stream()
              .map(r -> RelationshipDocument.toView(r, now))
              .toList();
      summaries.add(
          summary(
              studentId,
              person,
              chatList == null ? List.of() : chatList.chatDates().values(),
              lastActivity,
              chats,
              rels,
              now,
              window));
    }
    summaries.sort(NEEDS_HELP_FIRST);
    return new CaseloadView(now, summaries);
  }

  /** Overdue thank-yous first, then cooling relationships, flagged questions, and inactivity. */
  static final Comparator<CaseloadView.StudentSummary> NEEDS_HELP_FIRST =
      Comparator.comparingInt(CaseloadView.StudentSummary::overdueThankYous)
          .reversed()
          .thenComparing(
              Comparator.comparingInt(CaseloadView.StudentSummary::coolingRelationships).reversed())
          .thenComparing(
              Comparator.comparingInt(CaseloadView.StudentSummary::flaggedQuestions).reversed())
          .thenComparing(
              CaseloadView.StudentSummary::lastActivityAt,
              Comparator.nullsFirst(Comparator.naturalOrder()));

  private static CaseloadView.StudentSummary summary(
      String studentId,
      Document person,
      Collection<Instant> chatDates,
      Instant lastActivity,
      List<Document> openChats,
      List<RelationshipView> relationships,
      Instant now,
      Duration window) {
    int recent =
        (int)
            chatDates.stream()
                .filter(at -> !at.isAfter(now) && at.isAfter(now.minus(RECENT)))
                .count();
    int upcoming =
        (int)
            openChats.stream()
                .filter(c -> "SCHEDULED".equals(c.getString("status")))
                .filter(
                    c ->
                        c.getDate("startsAt") != null
                            && c.getDate("startsAt").toInstant().isAfter(now))
                .count();
    int overdue =
        (int)
            openChats.stream()
                .filter(c -> "HELD".equals(c.getString("status")) && c.get("thankYou") == null)
                .map(c -> ChatDocument.meeting(c.get("meeting", Document.class)))
                .filter(m -> m != null && m.heldAt().plus(window).isBefore(now))
                .count();
    int cooling = (int) relationships.stream().filter(r -> "COOLING".equals(r.status())).count();
    int flagged =
        openChats.stream()
            .filter(c -> "SCHEDULED".equals(c.getString("status")))
            .mapToInt(c -> ChatDocument.preparation(c).flaggedQuestions())
            .sum();
    List<String> badges = new ArrayList<>();
    if (overdue > 0) {
      badges.add("OVERDUE_THANK_YOU");
    }
    if (cooling > 0) {
      badges.add("COOLING");
    }
    if (flagged > 0) {
      badges.add("FLAGGED_QUESTIONS");
    }
    return new CaseloadView.StudentSummary(
        studentId,
        person.getString("name"),
        person.getString("cohort"),
        lastActivity,
        recent,
        upcoming,
        overdue,
        cooling,
        flagged,
        badges);
  }

  /** The later of two moments, either of which may be missing. */
  private static Instant latest(Instant one, Instant other) {
    if (one == null || other == null) {
      return one == null ? other : one;
    }
    return one.isAfter(other) ? one : other;
  }

  private static List<Document> owned(List<Document> docs, String studentId) {
    return docs.stream().filter(d -> studentId.equals(d.getString("studentId"))).toList();
  }

  private static Map<String, Document> byField(List<Document> docs, String field) {
    return docs.stream()
        .filter(d -> d.getString(field) != null)
        .collect(Collectors.toMap(d -> d.getString(field), Function.identity(), (a, b) -> a));
  }
}
