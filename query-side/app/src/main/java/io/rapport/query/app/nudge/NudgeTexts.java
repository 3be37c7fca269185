package io.rapport.query.app.nudge;

import io.rapport.query.api.nudge.NotificationView;
import io.rapport.query.app.coaching.PeopleDocuments;
import io.rapport.query.app.relationship.ContactNames;
import io.rapport.query.app.store.TenantCollections;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * What a nudge says: a title, a sentence with the names it is about (the contact's, the student's
 * for a coach) and its times in the recipient's time zone, and the app page it is about. Names are
 * looked up when told, so an erased name is never told again.
 */
@Component
class NudgeTexts {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

  /** The facts of a nudge, as its event recorded them. */
  record Facts(
      String id,
      String rule,
      String recipientId,
      String studentId,
      String relationshipId,
      String subjectId,
      Instant dueAt,
      String timeZone,
      List<String> details,
      Instant sentAt,
      Instant readAt) {}

  private final ContactNames contactNames;

  NudgeTexts(ContactNames contactNames) {
    this.contactNames = contactNames;
  }

  /** The nudges as their recipient reads them, in the same order. */
  Mono<List<NotificationView>> told(TenantCollections tenant, List<Facts> nudges) {
    Set<String> relationships = new LinkedHashSet<>();
    Set<String> people = new LinkedHashSet<>();
    for (Facts facts : nudges) {
      if (facts.relationshipId() != null) {
        relationships.add(facts.relationshipId());
      }
      if (facts.studentId() != null && !facts.studentId().equals(facts.recipientId())) {
        people.add(facts.studentId());
      }
      for (String detail : facts.details() == null ? List.<String>of() : facts.details()) {
        people.add(detail.split(":", 2)[0]);
      }
    }
    Mono<Map<String, String>> contacts =
        relationships.isEmpty() ? Mono.just(Map.of()) : contactNames.of(tenant, relationships);
    return Mono.zip(contacts, namesOf(tenant, people))
        .map(
            names -> {
              List<NotificationView> views = new ArrayList<>();
              for (Facts facts : nudges) {
                views.add(told(facts, names.getT1(), names.getT2()));
              }
              return views;
            });
  }

  private static Mono<Map<String, String>> namesOf(TenantCollections tenant, Set<String> people) {
    if (people.isEmpty()) {
      return Mono.just(Map.of());
    }
    List<String> keys =
        people.stream().map(id -> PeopleDocuments.person(tenant.tenant(), id)).toList();
    return tenant
        .byIds(PeopleDocuments.PEOPLE, keys)
        .map(
            docs -> {
              Map<String, String> names = new HashMap<>();
              for (Document doc : docs) {
                String key = doc.getString("_id");
                String name = PeopleDocuments.nameOf(doc);
                if (name != null) {
                  names.put(key.substring(key.indexOf('|') + 1), name);
                }
              }
              return names;
            });
  }

  private static NotificationView told(
      Facts facts, Map<String, String> contacts, Map<String, String> people) {
    ZoneId zone = zoneOf(facts.timeZone());
    String contact =
        facts.relationshipId() == null
            ? "your contact"
            : contacts.getOrDefault(facts.relationshipId(), "your contact");
    String student = people.getOrDefault(facts.studentId(), "A student");
    boolean toCoach = facts.studentId() != null && !facts.studentId().equals(facts.recipientId());
    String due = facts.dueAt() == null ? "soon" : WHEN.format(facts.dueAt().atZone(zone));
    String dueDay = facts.dueAt() == null ? "recently" : DAY.format(facts.dueAt().atZone(zone));
    String title;
    String text;
    String link;
    switch (facts.rule()) {
      case "PREPARE_FOR_CHAT" -> {
        title = "Prepare for your chat with " + contact;
        text =
            "Your chat with "
                + contact
                + " starts "
                + due
                + ". Add a research note or an open-ended question about their path before it.";
        link = "/chats/" + facts.subjectId();
      }
      case "THANK_YOU_DUE" -> {
        title = "Your thank-you to " + contact + " is due";
        text =
            "Send "
                + contact
                + " a thank-you by "
                + due
                + ", naming two or three points you discussed.";
        link = "/chats/" + facts.subjectId();
      }
      case "THANK_YOU_OVERDUE" -> {
        if (toCoach) {
          title = student + "'s thank-you is overdue";
          text =
              student
                  + " has not thanked "
                  + contact
                  + " for their chat; the window closed "
                  + due
                  + ". A word from you may help.";
          link = "/students/" + facts.studentId();
        } else {
          title = "Your thank-you to " + contact + " is overdue";
          text =
              "The window for thanking "
                  + contact
                  + " closed "
                  + due
                  + ". A late thank-you that names what you discussed is still welcome.";
          link = "/chats/" + facts.subjectId();
        }
      }
      case "TOUCHPOINT_DUE" -> {
        title = "Time to get in touch with " + contact;
        text =
            "Your next touchpoint with "
                + contact
                + " was due "
                + dueDay
                + ". Share an article, congratulate them, or simply check in.";
        link = "/relationships/" + facts.relationshipId();
      }
      case "CONNECTION_FOLLOW_UP" -> {
        title = contact + " has not accepted your connection request";
        text =
            "It has been a while since you asked "
                + contact
                + " to connect. A short, friendly follow-up that recalls your chat often helps.";
        link = "/relationships/" + facts.relationshipId();
      }
      case "COACH_WEEKLY_DIGEST" -> {
        List<String> who = new ArrayList<>();
        for (String detail : facts.details() == null ? List.<String>of() : facts.details()) {
          String[] parts = detail.split(":", 2);
          String reasons =
              parts.length > 1 ? parts[1].toLowerCase(Locale.ROOT).replace('_', ' ') : "";
          who.add(
              people.getOrDefault(parts[0], "A student")
                  + (reasons.isEmpty() ? "" : " (" + reasons.replace(",", ", ") + ")"));
        }
        title =
            who.size() == 1
                ? "One of your students needs help this week"
                : who.size() + " of your students need help this week";
        text = String.join("; ", who) + ".";
        link = "/caseload";
      }
      default -> {
        title = "Reminder";
        text = "You have a reminder.";
        link = "/";
      }
    }
    return new NotificationView(
        facts.id(), facts.rule(), facts.sentAt(), title, text, link, facts.readAt());
  }

  private static ZoneId zoneOf(String zone) {
    try {
      return zone == null ? ZoneId.of("UTC") : ZoneId.of(zone);
    } catch (DateTimeException e) {
      return ZoneId.of("UTC");
    }
  }
}
