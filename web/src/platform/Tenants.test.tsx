import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { routedFetch } from '../testing';
import type { Tenant } from '../types';
import { TenantPage } from './TenantPage';
import { Tenants } from './Tenants';

vi.mock('../auth', () => ({ accessToken: () => Promise.resolve('token'), signIn: vi.fn() }));

const lakeside: Tenant = {
  tenantId: 'lakeside',
  name: 'Lakeside Bootcamp',
  kind: 'BOOTCAMP',
  domain: 'lakeside.example',
  thankYouWindowHours: 48,
  onboardedAt: '2026-11-02T09:00:00Z',
  onboarded: true,
};
const northfield: Tenant = {
  tenantId: 'northfield',
  name: 'Northfield University',
  kind: 'UNIVERSITY',
  domain: null,
  thankYouWindowHours: 24,
  onboardedAt: null,
  onboarded: false,
};

let server: ReturnType<typeof routedFetch>;

beforeEach(() => {
  server = routedFetch();
  vi.stubGlobal('fetch', server.fetch);
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
  window.history.replaceState(null, '', '/tenants');
  server.on('GET', '/api/v1/tenants', [200, { items: [lakeside, northfield], defaultThankYouWindowHours: 24 }]);
  server.on('GET', '/api/v1/tenants/lakeside', [200, lakeside]);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const row = (id: string) => document.querySelector(`tr[data-tenant=${id}]`) as HTMLElement;
const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

describe('the tenants page', () => {
  it('lists the tenants, onboarded or not', async () => {
    render(<Tenants />);
    await waitFor(() => expect(row('lakeside')).toBeTruthy());
    expect(within(row('lakeside')).getByRole('link', { name: 'Lakeside Bootcamp' }).getAttribute('href')).toBe(
      '/tenants/lakeside',
    );
    expect(row('lakeside').textContent).toContain('Bootcamp');
    expect(row('lakeside').textContent).toContain('48 h');
    expect(within(row('northfield')).queryByRole('link')).toBeNull();
    expect(row('northfield').textContent).toContain('Not through Rapport');
    expect(screen.getByText(/set up in the identity provider directly/)).toBeTruthy();
  });

  it('onboards a tenant, showing a taken id next to it, and opens its page', async () => {
    render(<Tenants />);
    await waitFor(() => expect(row('lakeside')).toBeTruthy());
    server.on('POST', '/api/v1/tenants', [
      409,
      { type: '/problems/tenant-exists', title: 'Conflict', detail: 'A tenant with this id or name exists already.' },
    ]);
    fireEvent.input(field('Tenant id'), { target: { value: 'lakeside' } });
    fireEvent.input(field('Name'), { target: { value: 'Lakeside Bootcamp' } });
    fireEvent.click(screen.getByRole('button', { name: 'Onboard' }));
    await waitFor(() =>
      expect(document.querySelector('.field-error[data-field=tenantId]')?.textContent).toBe(
        'A tenant with this id or name exists already.',
      ),
    );

    server.on('POST', '/api/v1/tenants', [201, { tenantId: 'riverside' }]);
    server.on('GET', '/api/v1/tenants/riverside', [200, { ...lakeside, tenantId: 'riverside', name: 'Riverside' }]);
    fireEvent.input(field('Tenant id'), { target: { value: ' riverside ' } });
    fireEvent.input(field('Name'), { target: { value: 'Riverside' } });
    fireEvent.change(field('Kind'), { target: { value: 'BOOTCAMP' } });
    fireEvent.click(screen.getByRole('button', { name: 'Onboard' }));
    await waitFor(() => expect(window.location.pathname).toBe('/tenants/riverside'));
    expect(server.sent('POST', '/api/v1/tenants').at(-1)?.body).toEqual({
      tenantId: 'riverside',
      name: 'Riverside',
      kind: 'BOOTCAMP',
    });
  });
});

describe("a tenant's page", () => {
  it('shows the tenant and sets its thank-you window', async () => {
    render(<TenantPage id="lakeside" />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Lakeside Bootcamp' })).toBeTruthy();
    expect(field('Hours after a meeting').value).toBe('48');

    server.on('PUT', '/api/v1/tenants/lakeside/thank-you-window', [
      400,
      { title: 'Bad Request', errors: [{ field: 'hours', message: 'A thank-you window is 1 to 168 hours.' }] },
    ]);
    fireEvent.input(field('Hours after a meeting'), { target: { value: '200' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the window' }));
    await waitFor(() =>
      expect(document.querySelector('.field-error[data-field=hours]')?.textContent).toBe(
        'A thank-you window is 1 to 168 hours.',
      ),
    );

    server.on('PUT', '/api/v1/tenants/lakeside/thank-you-window', [204]);
    server.on('GET', '/api/v1/tenants/lakeside', [200, { ...lakeside, thankYouWindowHours: 36 }]);
    fireEvent.input(field('Hours after a meeting'), { target: { value: '36' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the window' }));
    expect(await screen.findByText('The thank-you window is saved.')).toBeTruthy();
    expect(document.querySelector('[data-field=thankYouWindowHours]')?.textContent).toBe('36 hours');
    expect(server.sent('PUT', '/api/v1/tenants/lakeside/thank-you-window').at(-1)?.body).toEqual({ hours: 36 });
  });

  it('says when a tenant was not onboarded through Rapport', async () => {
    render(<TenantPage id="northfield" />);
    expect(await screen.findByText('No tenant onboarded through Rapport has this id.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'All tenants' })).toBeTruthy();
  });
});
