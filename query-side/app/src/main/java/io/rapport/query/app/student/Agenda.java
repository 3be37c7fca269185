package io.rapport.query.app.student;

import io.rapport.query.api.chat.ChatView;
import io.rapport.query.api.relationship.RelationshipView;
import io.rapport.query.api.student.AgendaView;
import io.rapport.query.app.chat.ChatDocument;
import io.rapport.query.app.chat.Hours;
import io.rapport.query.app.relationship.RelationshipDocument;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;

/** Works a student's agenda out of their open chats and relationships, at a given moment. */
final class Agenda {

  static final Duration UPCOMING = Duration.ofDays(14);
  static final Duration TOUCHPOINT_NOTICE = Duration.ofDays(7);

  private Agenda() {}

  static AgendaView of(
      List<Document> openChats, List<Document> relationships, Instant now, Duration window) {
    Map<String, RelationshipView> byId =
        relationships.stream()
            .map(doc -> RelationshipDocument.toView(doc, now))
            .collect(Collectors.toMap(RelationshipView::relationshipId, Function.identity()));
    List<AgendaView.UpcomingChat> upcoming = new ArrayList<>();
    List<AgendaView.PreparationGap> gaps = new ArrayList<>();
    List<AgendaView.ThankYouDue> due = new ArrayList<>();
    List<AgendaView.ThankYouDue> overdue = new ArrayList<>();
    for (Document chat : openChats) {
      String relationshipId = chat.getString("relationshipId");
      String contact =
          byId.containsKey(relationshipId) ? byId.get(relationshipId).contact().name() : null;
      String status = chat.getString("status");
      Instant startsAt = instant(chat.getDate("startsAt"));
      if ("SCHEDULED".equals(status)
          && startsAt != null
          && startsAt.isAfter(now)
          && startsAt.isBefore(now.plus(UPCOMING))) {
        upcoming.add(
            new AgendaView.UpcomingChat(
                chat.getString("_id"),
                relationshipId,
                contact,
                chat.getString("kind"),
                startsAt,
                chat.getInteger("durationMinutes", 0),
                chat.getString("setting")));
        List<String> missing = missing(ChatDocument.preparation(chat));
        if (!missing.isEmpty()) {
          gaps.add(
              new AgendaView.PreparationGap(chat.getString("_id"), contact, startsAt, missing));
        }
      }
      ChatView.MeetingLog meeting = ChatDocument.meeting(chat.get("meeting", Document.class));
      if ("HELD".equals(status) && meeting != null && chat.get("thankYou") == null) {
        Instant dueBy = meeting.heldAt().plus(window);
        Duration left = Duration.between(now, dueBy);
        AgendaView.ThankYouDue item =
            new AgendaView.ThankYouDue(
                chat.getString("_id"),
                relationshipId,
                contact,
                meeting.heldAt(),
                dueBy,
                Hours.of(left));
        (left.isNegative() ? overdue : due).add(item);
      }
    }
    List<AgendaView.TouchpointDue> touchpoints =
        byId.values().stream()
            .filter(
                r ->
                    r.nextTouchpointDue() != null
                        && r.nextTouchpointDue().isBefore(now.plus(TOUCHPOINT_NOTICE)))
            .map(
                r ->
                    new AgendaView.TouchpointDue(
                        r.relationshipId(),
                        r.contact().name(),
                        r.lastContactAt(),
                        r.nextTouchpointDue(),
                        "COOLING".equals(r.status())))
            .sorted(Comparator.comparing(AgendaView.TouchpointDue::dueAt))
            .toList();
    upcoming.sort(Comparator.comparing(AgendaView.UpcomingChat::startsAt));
    gaps.sort(Comparator.comparing(AgendaView.PreparationGap::startsAt));
    due.sort(Comparator.comparing(AgendaView.ThankYouDue::dueBy));
    overdue.sort(Comparator.comparing(AgendaView.ThankYouDue::dueBy));
    return new AgendaView(now, upcoming, gaps, due, overdue, touchpoints);
  }

  private static List<String> missing(ChatView.Preparation preparation) {
    List<String> missing = new ArrayList<>();
    if (!preparation.hasResearch()) {
      missing.add("RESEARCH_NOTE");
    }
    if (!preparation.hasEnoughQuestions()) {
      missing.add("THREE_QUESTIONS");
    }
    if (preparation.flaggedQuestions() > 0) {
      missing.add("FLAGGED_QUESTIONS");
    }
    return missing;
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
