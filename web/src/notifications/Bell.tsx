import { Link } from '../router';
import { useUnread } from './live';

/** The bell in the top bar: the unread count, live, and the way to the notifications. */
export function Bell({ current }: { current?: boolean }) {
  const unread = useUnread();
  const name = unread ? `Notifications, ${unread} unread` : 'Notifications';
  return (
    <Link href="/notifications" class="bell" aria-label={name} title={name} aria-current={current ? 'page' : undefined}>
      <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
        <path
          d="M12 2a6 6 0 0 0-6 6v3.6L4.3 15a1 1 0 0 0 .9 1.5h13.6a1 1 0 0 0 .9-1.5L18 11.6V8a6 6 0 0 0-6-6zm0 20a3 3 0 0 0 2.8-2H9.2A3 3 0 0 0 12 22z"
          fill="currentColor"
        />
      </svg>
      {unread ? (
        <span class="bell-count" data-testid="unread-count" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
    </Link>
  );
}
