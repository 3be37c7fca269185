package io.rapport.command.app.tenant;

import io.rapport.command.api.tenant.TenantOnboardedEvent;
import io.rapport.command.api.tenant.ThankYouWindowSetEvent;
import io.rapport.command.app.chat.ThankYouWindow;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Each tenant's thank-you window, answered from memory as the chat requires. A tenant asked about
 * for the first time is read from its own stream in the event store (its aggregate's events: a
 * handful, however many events the store holds); after that, the tenant events are followed from
 * the head of the store by this class's own processor (see {@link TenantPolicyConfiguration}), so
 * that every node sees a window changed on another. Each window keeps the sequence number of the
 * event it came from, and a later event always wins, whichever of the two ways came first. A tenant
 * never onboarded through Rapport has the default window.
 */
@Component
@ProcessingGroup(TenantThankYouWindows.GROUP)
class TenantThankYouWindows implements ThankYouWindow {

  static final String GROUP = "tenant-thank-you-windows";

  /** A tenant's window, from the event with that sequence number (-1: none, the default). */
  record Window(int hours, long sequence) {

    static final Window DEFAULT = new Window(DEFAULT_HOURS, -1);

    Window later(Window other) {
      return other.sequence > sequence ? other : this;
    }
  }

  private final Map<String, Window> windows = new ConcurrentHashMap<>();
  private final ObjectProvider<EventStore> events;

  TenantThankYouWindows(ObjectProvider<EventStore> events) {
    this.events = events;
  }

  @Override
  public int hoursFor(String tenantId) {
    if (tenantId == null) {
      return DEFAULT_HOURS;
    }
    Window known = windows.get(tenantId);
    if (known == null) {
      known = windows.merge(tenantId, stored(tenantId), Window::later);
    }
    return known.hours();
  }

  @EventHandler
  void on(TenantOnboardedEvent event, @SequenceNumber long sequence) {
    windows.merge(
        event.tenantId(), new Window(event.thankYouWindowHours(), sequence), Window::later);
  }

  @EventHandler
  void on(ThankYouWindowSetEvent event, @SequenceNumber long sequence) {
    windows.merge(event.tenantId(), new Window(event.hours(), sequence), Window::later);
  }

  /** The tenant's window as its own stream in the event store tells it now. */
  private Window stored(String tenantId) {
    EventStore store = events.getIfAvailable();
    if (store == null) {
      return Window.DEFAULT;
    }
    Window window = Window.DEFAULT;
    DomainEventStream stream =
        store.readEvents(tenantId, 0); // the events themselves, never a snapshot
    while (stream.hasNext()) {
      var event = stream.next();
      if (event.getPayload() instanceof TenantOnboardedEvent onboarded) {
        window = new Window(onboarded.thankYouWindowHours(), event.getSequenceNumber());
      } else if (event.getPayload() instanceof ThankYouWindowSetEvent set) {
        window = new Window(set.hours(), event.getSequenceNumber());
      }
    }
    return window;
  }
}
