package io.rapport.gateway.calendar;

import io.rapport.query.api.calendar.CalendarView;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A student's chats as an iCalendar feed: one VEVENT per chat, identified by the chat's id so that
 * a reschedule moves it (a higher SEQUENCE, the new DTSTART) and a cancellation marks it CANCELLED.
 */
final class CalendarFeed {

  private CalendarFeed() {}

  static String of(CalendarView view) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Rapport//Chats//EN"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    view.chats().stream()
        .filter(chat -> chat.startsAt() != null)
        .forEach(chat -> calendar.add(event(chat)));
    return calendar.toString();
  }

  private static VEvent event(CalendarView.Chat chat) {
    VEvent event =
        new VEvent(
            chat.startsAt().truncatedTo(ChronoUnit.SECONDS),
            Duration.ofMinutes(chat.durationMinutes()),
            summary(chat));
    event.add(new Uid(chat.chatId() + "@rapport"));
    event.add(new Sequence((int) chat.revision()));
    if (chat.updatedAt() != null) {
      event.add(new DtStamp(chat.updatedAt().truncatedTo(ChronoUnit.SECONDS)));
    }
    if (chat.location() != null) {
      event.add(new Location(chat.location()));
    }
    event.add(new Description("Setting: " + words(chat.setting())));
    event.add(
        "CANCELLED".equals(chat.status())
            ? ImmutableStatus.VEVENT_CANCELLED
            : ImmutableStatus.VEVENT_CONFIRMED);
    return event;
  }

  private static String summary(CalendarView.Chat chat) {
    String what = words(chat.kind());
    String who = chat.contactName() == null ? "a contact" : chat.contactName();
    return Character.toUpperCase(what.charAt(0)) + what.substring(1) + " with " + who;
  }

  private static String words(String constant) {
    return constant == null ? "chat" : constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
