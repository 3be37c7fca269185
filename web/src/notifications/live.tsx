import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { api, query } from '../api';
import { followStream } from '../sse';
import { NOTIFICATION_STREAM, NOTIFICATIONS, type AppNotification, type NotificationPage } from './model';

// The signed-in person's notifications, live: the unread count the bell shows, kept from the list
// and from the server's stream (sse.ts), and the notifications that arrive while the app is open,
// for the notifications page. While the stream is down the count is read again now and then.

/** How often the unread count is read again while the stream is down. */
export const BELL_POLL_MS = 30_000;

/** The unread count and the notifications that arrived, shared by the bell and the pages. */
export class NotificationHub {
  private count: number | null = null;
  private readonly seen = new Set<string>();
  private readonly countListeners = new Set<(count: number | null) => void>();
  private readonly arrivalListeners = new Set<(notification: AppNotification) => void>();

  /** The unread count; null until it is known. */
  get unread(): number | null {
    return this.count;
  }

  /** The count as the list says it. */
  setUnread(count: number): void {
    this.update(Math.max(0, count));
  }

  /** A notification from the stream: counted once if unread, and handed to the pages. */
  arrived(notification: AppNotification): void {
    if (this.seen.has(notification.id)) return;
    this.seen.add(notification.id);
    if (!notification.readAt) this.update((this.count ?? 0) + 1);
    this.arrivalListeners.forEach((listener) => listener(notification));
  }

  /** An unread notification was marked as read. */
  markedRead(): void {
    if (this.count) this.update(this.count - 1);
  }

  onCount(listener: (count: number | null) => void): () => void {
    this.countListeners.add(listener);
    return () => void this.countListeners.delete(listener);
  }

  onArrival(listener: (notification: AppNotification) => void): () => void {
    this.arrivalListeners.add(listener);
    return () => void this.arrivalListeners.delete(listener);
  }

  private update(count: number): void {
    if (count === this.count) return;
    this.count = count;
    this.countListeners.forEach((listener) => listener(count));
  }
}

const HubContext = createContext<NotificationHub | null>(null);

/**
 * Gives its children the hub, and (when live) follows the stream: the count is read from the list
 * at first and whenever the stream opens afresh, then counted up by each notification that arrives.
 */
export function NotificationsProvider({
  live,
  hub: given,
  children,
}: {
  live: boolean;
  /** A hub of the caller's (tests); a new one otherwise. */
  hub?: NotificationHub;
  children: ComponentChildren;
}) {
  const [hub] = useState(() => given ?? new NotificationHub());
  useEffect(() => {
    if (!live) return;
    const controller = new AbortController();
    let timer: number | undefined;
    const stopPolling = () => {
      if (timer) window.clearInterval(timer);
      timer = undefined;
    };
    const readCount = async () => {
      try {
        const page = await api<NotificationPage>(NOTIFICATIONS + query({ unread: 'true', limit: '1' }));
        if (!controller.signal.aborted) hub.setUnread(page.unreadCount);
      } catch {
        // the bell keeps the count it has; the next reading may do better
      }
    };
    void readCount();
    let last: string | null = null;
    let opened = 0;
    void followStream<AppNotification>(
      NOTIFICATION_STREAM,
      {
        lastEventId: () => last,
        onOpen: () => {
          stopPolling();
          // the first reading was just made; after a reconnection without an id, some may be missed
          if (opened++ > 0 && last === null) void readCount();
        },
        onEntry: (notification, id) => {
          if (id) last = id;
          hub.arrived(notification);
        },
        onDown: () => {
          if (!timer) timer = window.setInterval(() => void readCount(), BELL_POLL_MS);
        },
      },
      controller.signal,
      // named notification, as the API says; an unnamed one is taken as one too
      { events: ['notification', 'message'] },
    );
    return () => {
      controller.abort();
      stopPolling();
    };
  }, [live, hub]);
  return <HubContext.Provider value={hub}>{children}</HubContext.Provider>;
}

/** The hub of the app; outside a provider (a page on its own), one of the component's own. */
export function useHub(): NotificationHub {
  const shared = useContext(HubContext);
  const [own] = useState(() => (shared ? null : new NotificationHub()));
  return shared ?? own!;
}

/** The unread count, as it changes; null until known. */
export function useUnread(): number | null {
  const hub = useHub();
  const [count, setCount] = useState(hub.unread);
  useEffect(() => {
    setCount(hub.unread);
    return hub.onCount(setCount);
  }, [hub]);
  return count;
}

/** Calls back with each notification that arrives from the stream while the component is shown. */
export function useArrivals(listener: (notification: AppNotification) => void): void {
  const hub = useHub();
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => hub.onArrival((n) => latest.current(n)), [hub]);
}
