import { useRef, useState } from 'preact/hooks';
import { api, query } from '../api';
import { Link } from '../router';
import { Badge, Empty, LoadError, Loading, ProblemAlert, useLoad, useSubmit } from '../ui';
import { ago, when } from '../words';
import { useArrivals, useHub } from './live';
import { isAppPath, linkText, NOTIFICATIONS, type AppNotification, type NotificationPage } from './model';

const PAGE = '20';

/** Both lists, each notification once (the later copy wins), newest first. */
function merged(shown: AppNotification[], more: AppNotification[]): AppNotification[] {
  const byId = new Map<string, AppNotification>();
  for (const n of [...shown, ...more]) byId.set(n.id, n);
  return [...byId.values()].sort((a, b) => (a.at === b.at ? 0 : a.at < b.at ? 1 : -1));
}

/** The person's notifications, newest first, live, a page at a time; each can be marked as read. */
export function Notifications() {
  const hub = useHub();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [items, setItems] = useState<AppNotification[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const page = (after: string | null) =>
    api<NotificationPage>(NOTIFICATIONS + query({ unread: unreadOnly ? 'true' : undefined, cursor: after, limit: PAGE }));
  const { data, error } = useLoad(async () => {
    const first = await page(null);
    setItems(first.items);
    setCursor(first.nextCursor);
    hub.setUnread(first.unreadCount);
    return first;
  }, [unreadOnly]);
  const more = useSubmit();
  const reading = useSubmit();

  useArrivals((notification) => {
    if (unreadOnly && notification.readAt) return;
    setItems((shown) => merged(shown, [notification]));
  });

  // marked during this visit: counted down once, however many clicks raced
  const marked = useRef(new Set<string>());
  const markRead = (notification: AppNotification) => {
    if (notification.readAt || marked.current.has(notification.id)) return;
    marked.current.add(notification.id);
    void reading.submit(async () => {
      try {
        await api(`${NOTIFICATIONS}/${encodeURIComponent(notification.id)}/read`, { method: 'POST' });
      } catch (e) {
        marked.current.delete(notification.id);
        throw e;
      }
      const readAt = new Date().toISOString();
      setItems((shown) => shown.map((n) => (n.id === notification.id && !n.readAt ? { ...n, readAt } : n)));
      hub.markedRead();
    });
  };

  return (
    <section aria-labelledby="notifications-title">
      <div class="page-head">
        <h1 id="notifications-title">Notifications</h1>
        <div class="buttons">
          <Link href="/notification-settings">Notification settings</Link>
        </div>
      </div>
      <p class="lead">Reminders about your chats, thank-yous and relationships, newest first.</p>
      <form class="filters" aria-label="Filter the notifications" onSubmit={(e) => e.preventDefault()}>
        <div class="check">
          <input
            id="notifications-unread"
            type="checkbox"
            checked={unreadOnly}
            onChange={(e) => setUnreadOnly(e.currentTarget.checked)}
          />
          <label for="notifications-unread">Unread only</label>
        </div>
      </form>
      <ProblemAlert problem={reading.problem} />
      <LoadError error={error} />
      {!data && !error ? <Loading what="your notifications" /> : null}
      {data && !items.length ? (
        <Empty title={unreadOnly ? 'No unread notifications.' : 'No notifications yet.'}>
          <p>Rapport lets you know here when something needs your attention.</p>
        </Empty>
      ) : null}
      {data && items.length ? (
        <ol class="notifications" aria-label="Your notifications">
          {items.map((n) => (
            <li key={n.id} class={n.readAt ? 'notification' : 'notification unread'} data-id={n.id}>
              <div class="notification-head">
                <h2>{n.title}</h2>
                {n.readAt ? null : <Badge tone="warning">Unread</Badge>}
              </div>
              <p class="notification-text">{n.text}</p>
              <p class="notification-time">
                <time dateTime={n.at} title={when(n.at)}>
                  {ago(n.at)}
                </time>
                <span class="muted"> · {when(n.at)}</span>
              </p>
              <div class="buttons">
                {isAppPath(n.link) ? (
                  <Link href={n.link} onFollow={() => markRead(n)}>
                    {linkText(n.link)}
                  </Link>
                ) : null}
                {n.readAt ? null : (
                  <button
                    type="button"
                    class="secondary"
                    disabled={reading.busy}
                    onClick={() => markRead(n)}
                    aria-label={`Mark "${n.title}" as read`}
                  >
                    Mark as read
                  </button>
                )}
              </div>
            </li>
          ))}
        </ol>
      ) : null}
      {cursor ? (
        <div class="more">
          <ProblemAlert problem={more.problem} />
          <button
            type="button"
            class="secondary"
            disabled={more.busy}
            onClick={() =>
              void more.submit(async () => {
                const next = await page(cursor);
                setItems((shown) => merged(shown, next.items));
                setCursor(next.nextCursor);
                hub.setUnread(next.unreadCount);
              })
            }
          >
            Show more
          </button>
        </div>
      ) : null}
    </section>
  );
}
