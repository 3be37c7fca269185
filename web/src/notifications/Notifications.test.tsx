import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { routedFetch } from '../testing';
import { Bell } from './Bell';
import { NotificationHub, NotificationsProvider } from './live';
import type { AppNotification } from './model';
import { Notifications } from './Notifications';

vi.mock('../auth', () => ({ accessToken: () => Promise.resolve('token'), signIn: vi.fn() }));

const LIST = '/api/v1/me/notifications';

const nudge = (id: string, fields: Partial<AppNotification>): AppNotification => ({
  id,
  rule: 'THANK_YOU_DUE',
  at: '2026-12-03T10:00:00Z',
  title: 'Thank-you due',
  text: 'Your thank-you is due.',
  link: null,
  readAt: null,
  ...fields,
});

const thankYou = nudge('n1', {
  at: '2026-12-03T10:00:00Z',
  text: 'Your thank-you to Anna Berg for the chat on 2 Dec is due by 14:00.',
  link: '/chats/abc',
});
const touchpoint = nudge('n2', {
  rule: 'TOUCHPOINT_DUE',
  at: '2026-12-01T09:00:00Z',
  title: 'Time to keep in touch',
  text: 'You last spoke with Ben Ode 90 days ago.',
  link: '/relationships/r7',
  readAt: '2026-12-01T12:00:00Z',
});
const prepare = nudge('n3', {
  rule: 'PREPARE_FOR_CHAT',
  at: '2026-11-28T08:00:00Z',
  title: 'Prepare for your chat',
  text: 'Your chat with Cleo Day is tomorrow at 10:00.',
  link: '/chats/c9',
});

let server: ReturnType<typeof routedFetch>;
let hub: NotificationHub;

beforeEach(() => {
  window.history.replaceState(null, '', '/notifications');
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-03T12:00:00Z'));
  server = routedFetch();
  vi.stubGlobal('fetch', server.fetch);
  server.on('GET', LIST, (url) =>
    url.includes('cursor=c2')
      ? [200, { items: [prepare], nextCursor: null, unreadCount: 2 }]
      : url.includes('unread=true')
        ? [200, { items: [thankYou], nextCursor: null, unreadCount: 2 }]
        : [200, { items: [thankYou, touchpoint], nextCursor: 'c2', unreadCount: 2 }],
  );
  server.on('POST', /\/api\/v1\/me\/notifications\/[^/]+\/read$/, [204]);
  hub = new NotificationHub();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

function renderPage() {
  render(
    <NotificationsProvider live={false} hub={hub}>
      <Bell />
      <Notifications />
    </NotificationsProvider>,
  );
}

const item = (id: string) => document.querySelector(`li[data-id=${id}]`) as HTMLElement;
const ids = () => [...document.querySelectorAll('li[data-id]')].map((li) => li.getAttribute('data-id'));
const count = () => screen.queryByTestId('unread-count')?.textContent ?? null;

describe('the notifications page', () => {
  it('lists the notifications newest first, the unread ones marked, each with its time and link', async () => {
    renderPage();
    await screen.findByRole('list', { name: 'Your notifications' });
    expect(ids()).toEqual(['n1', 'n2']);
    expect(server.sent('GET', LIST)[0].url).toBe(`${LIST}?limit=20`);

    const unread = within(item('n1'));
    expect(item('n1').classList.contains('unread')).toBe(true);
    expect(unread.getByRole('heading', { name: 'Thank-you due' })).toBeTruthy();
    expect(unread.getByText(/Anna Berg for the chat on 2 Dec is due by 14:00/)).toBeTruthy();
    expect(unread.getByText('Unread')).toBeTruthy();
    expect(unread.getByText('2 hours ago')).toBeTruthy();
    expect(unread.getByText('2 hours ago').closest('time')?.getAttribute('dateTime')).toBe('2026-12-03T10:00:00Z');
    expect(unread.getByRole('link', { name: 'Open the chat' }).getAttribute('href')).toBe('/chats/abc');
    expect(unread.getByRole('button', { name: 'Mark "Thank-you due" as read' })).toBeTruthy();

    const read = within(item('n2'));
    expect(item('n2').classList.contains('unread')).toBe(false);
    expect(read.queryByText('Unread')).toBeNull();
    expect(read.getByText('2 days ago')).toBeTruthy();
    expect(read.getByRole('link', { name: 'Open the relationship' }).getAttribute('href')).toBe('/relationships/r7');
    expect(read.queryByRole('button', { name: /as read/ })).toBeNull();

    // the list's count is the bell's
    expect(count()).toBe('2');
    expect(screen.getByRole('link', { name: 'Notification settings' }).getAttribute('href')).toBe('/notification-settings');
  });

  it('marks a notification as read, and the bell counts down', async () => {
    renderPage();
    await screen.findByRole('list', { name: 'Your notifications' });
    fireEvent.click(within(item('n1')).getByRole('button', { name: /as read/ }));

    await waitFor(() => expect(item('n1').classList.contains('unread')).toBe(false));
    expect(server.sent('POST', `${LIST}/n1/read`)).toHaveLength(1);
    expect(within(item('n1')).queryByText('Unread')).toBeNull();
    expect(within(item('n1')).queryByRole('button', { name: /as read/ })).toBeNull();
    expect(count()).toBe('1');
  });

  it('marks a notification as read when its link is followed, and goes there', async () => {
    renderPage();
    await screen.findByRole('list', { name: 'Your notifications' });
    fireEvent.click(within(item('n1')).getByRole('link', { name: 'Open the chat' }), { button: 0 });

    expect(window.location.pathname).toBe('/chats/abc');
    await waitFor(() => expect(server.sent('POST', `${LIST}/n1/read`)).toHaveLength(1));
    await waitFor(() => expect(count()).toBe('1'));

    // following the link of one already read sends nothing
    fireEvent.click(within(item('n2')).getByRole('link', { name: 'Open the relationship' }), { button: 0 });
    expect(window.location.pathname).toBe('/relationships/r7');
    expect(server.sent('POST', `${LIST}/n2/read`)).toHaveLength(0);
  });

  it('keeps a notification unread and says so when marking it fails', async () => {
    server.on('POST', `${LIST}/n1/read`, [503, { title: 'Service Unavailable', detail: 'Try again shortly.' }]);
    renderPage();
    await screen.findByRole('list', { name: 'Your notifications' });
    fireEvent.click(within(item('n1')).getByRole('button', { name: /as read/ }));

    expect((await screen.findByRole('alert')).textContent).toContain('Try again shortly.');
    expect(item('n1').classList.contains('unread')).toBe(true);
    expect(count()).toBe('2');
  });

  it('shows the unread ones only when asked to', async () => {
    renderPage();
    await screen.findByRole('list', { name: 'Your notifications' });
    fireEvent.click(screen.getByLabelText('Unread only'));

    await waitFor(() => expect(ids()).toEqual(['n1']));
    expect(server.sent('GET', LIST).at(-1)?.url).toBe(`${LIST}?unread=true&limit=20`);
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();

    server.on('GET', LIST, [200, { items: [], nextCursor: null, unreadCount: 0 }]);
    fireEvent.click(screen.getByLabelText('Unread only'));
    fireEvent.click(screen.getByLabelText('Unread only'));
    expect(await screen.findByText('No unread notifications.')).toBeTruthy();
    expect(count()).toBeNull();
  });

  it('shows older ones on request, with the cursor of the page before', async () => {
    renderPage();
    await screen.findByRole('list', { name: 'Your notifications' });
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));

    await waitFor(() => expect(ids()).toEqual(['n1', 'n2', 'n3']));
    expect(server.sent('GET', LIST).at(-1)?.url).toBe(`${LIST}?cursor=c2&limit=20`);
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('puts a notification that arrives from the stream on top, and the bell counts it', async () => {
    renderPage();
    await screen.findByRole('list', { name: 'Your notifications' });
    act(() =>
      hub.arrived(
        nudge('n4', { at: '2026-12-03T11:59:00Z', title: 'Thank-you overdue', rule: 'THANK_YOU_OVERDUE', link: '/chats/x' }),
      ),
    );

    await waitFor(() => expect(ids()).toEqual(['n4', 'n1', 'n2']));
    expect(item('n4').classList.contains('unread')).toBe(true);
    expect(within(item('n4')).getByText('1 minute ago')).toBeTruthy();
    expect(count()).toBe('3');
  });

  it('offers no link to an address outside the app', async () => {
    server.on('GET', LIST, [200, { items: [nudge('n5', { link: 'https://elsewhere.example/x' })], nextCursor: null, unreadCount: 1 }]);
    renderPage();
    await screen.findByRole('list', { name: 'Your notifications' });
    expect(within(item('n5')).queryByRole('link')).toBeNull();
  });
});
