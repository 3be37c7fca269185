import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { routedFetch } from '../testing';
import { Settings } from './Settings';

vi.mock('../auth', () => ({ accessToken: () => Promise.resolve('token'), signIn: vi.fn() }));

let server: ReturnType<typeof routedFetch>;

beforeEach(() => {
  server = routedFetch();
  vi.stubGlobal('fetch', server.fetch);
  server.on('GET', '/api/v1/tenant/settings', [200, { thankYouWindowHours: 24, defaultCadenceDays: 90 }]);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

describe('the settings page', () => {
  it('starts from the current policies, with their bounds', async () => {
    render(<Settings />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Policies' })).toBeTruthy();
    expect(field('Thank-you window (hours)').value).toBe('24');
    expect(field('Default cadence (days)').value).toBe('90');
    expect(screen.getByText(/12 to 72 hours/)).toBeTruthy();
    expect(screen.getByText(/7 to 365 days/)).toBeTruthy();
  });

  it("shows the API's refusal next to the policy it is about, then saves", async () => {
    render(<Settings />);
    await screen.findByRole('heading', { level: 2, name: 'Policies' });
    server.on('PUT', '/api/v1/tenant/settings', [
      400,
      {
        type: '/problems/invalid-input',
        title: 'Bad Request',
        detail: 'thankYouWindowHours must be between 12 and 72.',
        errors: [{ field: 'thankYouWindowHours', message: 'must be between 12 and 72' }],
      },
    ]);
    fireEvent.input(field('Thank-you window (hours)'), { target: { value: '100' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the policies' }));
    await waitFor(() => expect(field('Thank-you window (hours)').getAttribute('aria-invalid')).toBe('true'));
    expect(document.querySelector('.field-error[data-field=thankYouWindowHours]')?.textContent).toBe(
      'must be between 12 and 72',
    );
    expect(field('Default cadence (days)').getAttribute('aria-invalid')).toBe('false');

    server.on('PUT', '/api/v1/tenant/settings', [204]);
    server.on('GET', '/api/v1/tenant/settings', [200, { thankYouWindowHours: 48, defaultCadenceDays: 30 }]);
    fireEvent.input(field('Thank-you window (hours)'), { target: { value: '48' } });
    fireEvent.input(field('Default cadence (days)'), { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the policies' }));
    expect(await screen.findByText('The policies are saved.')).toBeTruthy();
    expect(server.sent('PUT', '/api/v1/tenant/settings').at(-1)?.body).toEqual({
      thankYouWindowHours: 48,
      defaultCadenceDays: 30,
    });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so when the settings cannot be read', async () => {
    server.on('GET', '/api/v1/tenant/settings', [
      503,
      { type: '/problems/service-unavailable', title: 'Service Unavailable', detail: 'The read store is away; try again shortly.' },
    ]);
    render(<Settings />);
    expect((await screen.findByRole('alert')).textContent).toContain('The read store is away; try again shortly.');
    expect(screen.queryByRole('button', { name: 'Save the policies' })).toBeNull();
  });
});
