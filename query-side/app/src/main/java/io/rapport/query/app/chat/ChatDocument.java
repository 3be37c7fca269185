package io.rapport.query.app.chat;

import io.rapport.query.api.chat.ChatView;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/** The chat read model's document and its mapping to the view. */
public final class ChatDocument {

  /** The collection; the agenda reads the open chats here. */
  public static final String COLLECTION = "chats";

  private ChatDocument() {}

  static ChatView toView(Document doc, String contactName, Instant now, Duration window) {
    ChatView.Preparation preparation = preparation(doc);
    ChatView.MeetingLog meeting = meeting(doc.get("meeting", Document.class));
    ChatView.ThankYou thankYou = thankYou(doc.get("thankYou", Document.class));
    ChatView view =
        new ChatView(
            doc.getString("_id"),
            doc.getString("relationshipId"),
            doc.getString("studentId"),
            contactName,
            doc.getString("kind"),
            doc.getString("status"),
            instant(doc.getDate("startsAt")),
            doc.getInteger("durationMinutes", 0),
            doc.getString("setting"),
            doc.getString("location"),
            doc.getString("purpose"),
            doc.getList("notes", String.class, List.of()),
            instant(doc.getDate("scheduledAt")),
            doc.getString("cancelReason"),
            preparation,
            meeting,
            thankYou,
            List.of());
    return withToDo(view, now, window);
  }

  private static ChatView withToDo(ChatView view, Instant now, Duration window) {
    return new ChatView(
        view.chatId(),
        view.relationshipId(),
        view.studentId(),
        view.contactName(),
        view.kind(),
        view.status(),
        view.startsAt(),
        view.durationMinutes(),
        view.setting(),
        view.location(),
        view.purpose(),
        view.notes(),
        view.scheduledAt(),
        view.cancelReason(),
        view.preparation(),
        view.meeting(),
        view.thankYou(),
        ChatToDo.of(view, now, window));
  }

  /** The preparation of a chat document; the agenda uses it for preparation gaps. */
  public static ChatView.Preparation preparation(Document doc) {
    List<ChatView.ResearchNote> notes =
        entries(doc.get("researchNotes", Document.class)).stream()
            .map(
                e -> {
                  Document note = (Document) e.getValue();
                  return new ChatView.ResearchNote(
                      e.getKey(),
                      note.getString("topic"),
                      note.getString("text"),
                      note.getString("sourceUrl"),
                      instant(note.getDate("addedAt")));
                })
            .sorted(Comparator.comparing(ChatView.ResearchNote::addedAt))
            .toList();
    List<ChatView.Question> questions =
        entries(doc.get("questions", Document.class)).stream()
            .map(
                e -> {
                  Document question = (Document) e.getValue();
                  return new ChatView.Question(
                      e.getKey(),
                      question.getString("text"),
                      question.getList("flags", String.class, List.of()),
                      instant(question.getDate("addedAt")));
                })
            .sorted(Comparator.comparing(ChatView.Question::addedAt))
            .toList();
    int flagged = (int) questions.stream().filter(q -> !q.flags().isEmpty()).count();
    return new ChatView.Preparation(
        notes, questions, flagged, !notes.isEmpty(), questions.size() >= ChatToDo.ENOUGH_QUESTIONS);
  }

  private static List<Map.Entry<String, Object>> entries(Document doc) {
    return doc == null ? List.of() : List.copyOf(doc.entrySet());
  }

  /** The meeting log of a chat document, or null before the meeting. */
  public static ChatView.MeetingLog meeting(Document meeting) {
    if (meeting == null) {
      return null;
    }
    return new ChatView.MeetingLog(
        instant(meeting.getDate("heldAt")),
        meeting.getInteger("durationMinutes", 0),
        meeting.getInteger("agreedMinutes", 0),
        meeting.getList("points", Document.class, List.of()).stream()
            .map(p -> new ChatView.Point(p.getString("pointId"), p.getString("text")))
            .toList(),
        meeting.getString("insights"),
        meeting.getList("leads", String.class, List.of()),
        meeting.getBoolean("goalsSharedWhenPrompted", false),
        meeting.getList("flags", String.class, List.of()));
  }

  private static ChatView.ThankYou thankYou(Document thankYou) {
    if (thankYou == null) {
      return null;
    }
    return new ChatView.ThankYou(
        instant(thankYou.getDate("sentAt")),
        thankYou.getString("channel"),
        thankYou.getString("message"),
        thankYou.getList("referencedPointIds", String.class, List.of()),
        Hours.ofMinutes(((Number) thankYou.get("minutesAfterMeeting")).longValue()),
        thankYou.getBoolean("onTime", false),
        thankYou.getInteger("windowHours", 0));
  }

  static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
