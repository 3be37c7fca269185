import { act, cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { eventStream, routedFetch } from '../testing';
import { Bell } from './Bell';
import { BELL_POLL_MS, NotificationsProvider } from './live';
import type { AppNotification } from './model';

vi.mock('../auth', () => ({ accessToken: () => Promise.resolve('token'), signIn: vi.fn() }));

const LIST = '/api/v1/me/notifications';
const STREAM = '/api/v1/me/notifications/stream';

const nudge = (id: string, fields: Partial<AppNotification> = {}): AppNotification => ({
  id,
  rule: 'THANK_YOU_DUE',
  at: '2026-12-03T10:00:00Z',
  title: 'Thank-you due',
  text: 'Your thank-you to Anna Berg for the chat on 2 Dec is due by 14:00.',
  link: '/chats/abc',
  readAt: null,
  ...fields,
});

const event = (n: AppNotification, id = n.id) => `event: notification\nid: ${id}\ndata: ${JSON.stringify(n)}\n\n`;

let server: ReturnType<typeof routedFetch>;
let stream: ReturnType<typeof eventStream>;
let fetchMock: ReturnType<typeof vi.fn>;

beforeEach(() => {
  server = routedFetch();
  stream = eventStream();
  fetchMock = vi.fn((url: string, init?: RequestInit) => (url === STREAM ? stream.answer(url, init) : server.fetch(url, init)));
  vi.stubGlobal('fetch', fetchMock);
  server.on('GET', LIST, [200, { items: [], nextCursor: null, unreadCount: 3 }]);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const bell = () => screen.getByRole('link', { name: /^Notifications/ });

function renderBell() {
  return render(
    <NotificationsProvider live>
      <Bell />
    </NotificationsProvider>,
  );
}

describe('the bell', () => {
  it('shows the unread count from the list, then counts up with each notification the stream brings', async () => {
    renderBell();
    await waitFor(() => expect(bell().getAttribute('aria-label')).toBe('Notifications, 3 unread'));
    expect(screen.getByTestId('unread-count').textContent).toBe('3');
    expect(bell().getAttribute('href')).toBe('/notifications');
    expect(server.sent('GET', LIST)[0].url).toBe(`${LIST}?unread=true&limit=1`);

    await waitFor(() => expect(stream.requests).toHaveLength(1));
    expect(stream.requests[0].init.headers).toMatchObject({ Authorization: 'Bearer token', Accept: 'text/event-stream' });

    stream.send(event(nudge('n1')));
    await waitFor(() => expect(screen.getByTestId('unread-count').textContent).toBe('4'));
    expect(bell().getAttribute('aria-label')).toBe('Notifications, 4 unread');
  });

  it('counts a notification once, and leaves out heartbeats, events of other names and ones already read', async () => {
    renderBell();
    await waitFor(() => expect(screen.getByTestId('unread-count').textContent).toBe('3'));
    await waitFor(() => expect(stream.requests).toHaveLength(1));

    stream.send(':heartbeat\n\n');
    stream.send(`event: something-else\ndata: ${JSON.stringify(nudge('x1'))}\n\n`);
    stream.send(event(nudge('n2', { readAt: '2026-12-03T10:05:00Z' })));
    stream.send(event(nudge('n1')));
    stream.send(event(nudge('n1')));
    await waitFor(() => expect(screen.getByTestId('unread-count').textContent).toBe('4'));
    // an event without a name is a notification too
    stream.send(`data: ${JSON.stringify(nudge('n3'))}\n\n`);
    await waitFor(() => expect(screen.getByTestId('unread-count').textContent).toBe('5'));
    // give any later (wrong) update the chance to show
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(screen.getByTestId('unread-count').textContent).toBe('5');
  });

  it('shows no count when nothing is unread, and caps a large one', async () => {
    server.on('GET', LIST, [200, { items: [], nextCursor: null, unreadCount: 0 }]);
    const { unmount } = renderBell();
    await waitFor(() => expect(server.sent('GET', LIST)).toHaveLength(1));
    expect(bell().getAttribute('aria-label')).toBe('Notifications');
    expect(screen.queryByTestId('unread-count')).toBeNull();
    unmount();

    server.on('GET', LIST, [200, { items: [], nextCursor: null, unreadCount: 250 }]);
    renderBell();
    await waitFor(() => expect(screen.getByTestId('unread-count').textContent).toBe('99+'));
    expect(bell().getAttribute('aria-label')).toBe('Notifications, 250 unread');
  });

  it('reads the count again every now and then when the server has no stream', async () => {
    vi.useFakeTimers();
    fetchMock.mockImplementation((url: string, init?: RequestInit) =>
      url === STREAM ? Promise.resolve(new Response(null, { status: 404 })) : server.fetch(url, init),
    );
    renderBell();
    await act(async () => void (await vi.advanceTimersByTimeAsync(0)));
    expect(screen.getByTestId('unread-count').textContent).toBe('3');

    server.on('GET', LIST, [200, { items: [], nextCursor: null, unreadCount: 5 }]);
    await act(async () => void (await vi.advanceTimersByTimeAsync(BELL_POLL_MS)));
    expect(screen.getByTestId('unread-count').textContent).toBe('5');
    expect(fetchMock.mock.calls.filter(([url]) => url === STREAM)).toHaveLength(1);
  });

  it('stops following the stream when it goes', async () => {
    const { unmount } = renderBell();
    await waitFor(() => expect(stream.requests).toHaveLength(1));
    unmount();
    expect(stream.requests[0].init.signal?.aborted).toBe(true);
  });

  it('follows nothing when not live (platform staff)', async () => {
    render(
      <NotificationsProvider live={false}>
        <Bell />
      </NotificationsProvider>,
    );
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(fetchMock).not.toHaveBeenCalled();
    expect(bell().getAttribute('aria-label')).toBe('Notifications');
  });
});
