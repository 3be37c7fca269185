package io.rapport.command.app.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import io.rapport.command.api.chat.ChatCancelledEvent;
import io.rapport.command.api.chat.ChatScheduledEvent;
import io.rapport.command.api.chat.MeetingLoggedEvent;
import io.rapport.command.api.chat.QuestionPreparedEvent;
import io.rapport.command.api.chat.ResearchNoteAddedEvent;
import io.rapport.command.api.chat.ThankYouSentEvent;
import io.rapport.command.api.coaching.CoachNoteAddedEvent;
import io.rapport.command.api.coaching.PersonRegisteredEvent;
import io.rapport.command.api.member.MemberChangedEvent;
import io.rapport.command.api.member.MemberInvitedEvent;
import io.rapport.command.api.member.MemberRecordedEvent;
import io.rapport.command.api.relationship.ConnectionRequestedEvent;
import io.rapport.command.api.relationship.OutcomeRecordedEvent;
import io.rapport.command.api.relationship.ReciprocityOfferedEvent;
import io.rapport.command.api.relationship.RelationshipStartedEvent;
import io.rapport.command.api.relationship.TouchpointLoggedEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which JSON fields of which event are personal, and whose they are. Everything said about a
 * contact (name, e-mail, notes, points, questions, messages) belongs to the contact of the
 * relationship; what a person is called, and notes left on a student, belong to that person. Both
 * kinds of key are owned by a student, so erasing a student erases their contacts too.
 *
 * <p>Paths are dot-separated; {@code []} after a name walks every element of an array.
 */
public final class PersonalFields {

  /** The subject and owning student of one event, and the paths of its personal fields. */
  record Rule(Function<JsonNode, Subject> subject, List<String> paths) {}

  private static final Map<String, Rule> RULES =
      Stream.of(
              contact(
                  RelationshipStartedEvent.class,
                  "contact.name",
                  "contact.company",
                  "contact.role",
                  "contact.email",
                  "contact.profileUrl",
                  "howWeMet"),
              contact(ConnectionRequestedEvent.class, "message"),
              contact(ReciprocityOfferedEvent.class, "offer"),
              contact(TouchpointLoggedEvent.class, "note"),
              contact(OutcomeRecordedEvent.class, "note"),
              contact(ChatScheduledEvent.class, "location", "purpose"),
              contact(ChatCancelledEvent.class, "reason"),
              contact(ResearchNoteAddedEvent.class, "text", "sourceUrl"),
              contact(QuestionPreparedEvent.class, "text"),
              contact(MeetingLoggedEvent.class, "points[].text", "insights", "leads[]"),
              contact(ThankYouSentEvent.class, "message"),
              person(CoachNoteAddedEvent.class, "studentId", "text"),
              person(PersonRegisteredEvent.class, "personId", "username", "name", "email"),
              person(MemberInvitedEvent.class, "userId", "email", "firstName", "lastName"),
              person(MemberRecordedEvent.class, "userId", "email", "firstName", "lastName"),
              person(MemberChangedEvent.class, "userId", "firstName", "lastName"))
          .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

  private PersonalFields() {}

  /** The rule for an event type (its class name), if the event holds personal data. */
  static Optional<Rule> of(String typeName) {
    return Optional.ofNullable(RULES.get(typeName));
  }

  private static Map.Entry<String, Rule> contact(Class<?> type, String... paths) {
    return Map.entry(
        type.getName(),
        new Rule(
            json ->
                Subject.contact(
                    json.path("relationshipId").asText(), json.path("studentId").asText()),
            List.of(paths)));
  }

  private static Map.Entry<String, Rule> person(Class<?> type, String idField, String... paths) {
    return Map.entry(
        type.getName(),
        new Rule(json -> Subject.person(json.path(idField).asText()), List.of(paths)));
  }
}
