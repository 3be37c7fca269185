import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from './App';
import { routedFetch } from './testing';
import type { Me } from './types';

vi.mock('./auth', () => ({ accessToken: () => Promise.resolve('token'), signIn: vi.fn(), signOut: vi.fn() }));

const person = (userId: string, roles: string[], tenantId: string | null = 'northfield'): Me => ({
  userId,
  tenantId,
  roles,
  username: userId,
  name: userId,
  email: null,
});

let server: ReturnType<typeof routedFetch>;

beforeEach(() => {
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
  server = routedFetch();
  vi.stubGlobal('fetch', server.fetch);
  server.on('GET', '/api/v1/me/notifications', [200, { items: [], nextCursor: null, unreadCount: 2 }]);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const top = () => document.querySelector('header.top') as HTMLElement;

describe('the top bar', () => {
  it.each([
    ['a student', ['student']],
    ['a coach', ['coach']],
    ['a tenant admin', ['tenant-admin']],
  ])('gives %s the bell with the unread count and the notification settings', async (_, roles) => {
    window.history.replaceState(null, '', '/notification-settings');
    render(<App me={person('ada', roles)} />);
    await waitFor(() => expect(screen.getByRole('link', { name: 'Notifications, 2 unread' })).toBeTruthy());
    expect(top().contains(screen.getByRole('link', { name: 'Notifications, 2 unread' }))).toBe(true);
    const settings = screen.getByRole('link', { name: 'Notification settings' });
    expect(settings.getAttribute('aria-current')).toBe('page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Notification settings' })).toBeTruthy();
  });

  it('gives platform staff no bell, and asks for no notifications', async () => {
    window.history.replaceState(null, '', '/tenants');
    server.on('GET', '/api/v1/tenants', [200, { items: [] }]);
    render(<App me={person('pat', ['platform-admin'], null)} />);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('link', { name: /^Notifications/ })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Notification settings' })).toBeNull();
    expect(server.fetch.mock.calls.some(([url]) => url.startsWith('/api/v1/me/notifications'))).toBe(false);
  });

  it('gives tenant admins the nudge report in the navigation', async () => {
    window.history.replaceState(null, '', '/nudge-report');
    server.on('GET', '/api/v1/reports/nudges', [200, { from: '2026-11-01', to: '2026-12-03', cohort: null, rules: [] }]);
    render(<App me={person('dan', ['tenant-admin'])} />);
    const link = screen.getByRole('link', { name: 'Nudge report' });
    expect(link.getAttribute('aria-current')).toBe('page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Nudge report' })).toBeTruthy();
  });
});
