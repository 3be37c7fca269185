import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { routedFetch } from '../testing';
import { Settings } from './Settings';

vi.mock('../auth', () => ({ accessToken: () => Promise.resolve('token'), signIn: vi.fn() }));

const RULES = {
  PREPARE_FOR_CHAT: true,
  THANK_YOU_DUE: true,
  THANK_YOU_OVERDUE: false,
  TOUCHPOINT_DUE: true,
  CONNECTION_FOLLOW_UP: true,
  COACH_WEEKLY_DIGEST: true,
};
const NUDGES = { rules: RULES, prepareHoursBefore: 24, thankYouDueHoursBefore: 6, connectionFollowUpDays: 14 };

let server: ReturnType<typeof routedFetch>;

beforeEach(() => {
  server = routedFetch();
  vi.stubGlobal('fetch', server.fetch);
  server.on('GET', '/api/v1/tenant/settings', [200, { thankYouWindowHours: 24, defaultCadenceDays: 90, nudges: NUDGES }]);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const toggle = (name: string) => screen.getByRole('switch', { name }) as HTMLInputElement;

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
    server.on('GET', '/api/v1/tenant/settings', [200, { thankYouWindowHours: 48, defaultCadenceDays: 30, nudges: NUDGES }]);
    fireEvent.input(field('Thank-you window (hours)'), { target: { value: '48' } });
    fireEvent.input(field('Default cadence (days)'), { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the policies' }));
    expect(await screen.findByText('The policies are saved.')).toBeTruthy();
    expect(server.sent('PUT', '/api/v1/tenant/settings').at(-1)?.body).toEqual({
      thankYouWindowHours: 48,
      defaultCadenceDays: 30,
      nudges: NUDGES,
    });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the nudges: a described switch per rule and the thresholds, with their bounds', async () => {
    render(<Settings />);
    const nudges = within(await screen.findByRole('group', { name: 'Nudges' }));
    expect(nudges.getAllByRole('switch').map((s) => s.getAttribute('name'))).toEqual(
      Object.keys(RULES).map((rule) => `nudges.rules.${rule}`),
    );
    expect(toggle('Prepare for a chat').checked).toBe(true);
    expect(toggle('Thank-you overdue').checked).toBe(false);
    expect(toggle('Weekly digest').checked).toBe(true);
    expect(nudges.getByText('Sends coaches a weekly list of the students who may need a hand.')).toBeTruthy();
    expect(field('Prepare reminder (hours before the chat)').value).toBe('24');
    expect(field('Thank-you reminder (hours before the window closes)').value).toBe('6');
    expect(field('Connection follow-up (days after the request)').value).toBe('14');
    expect(nudges.getByText('1 to 72 hours.')).toBeTruthy();
    expect(nudges.getByText('1 to 12 hours, and shorter than the thank-you window.')).toBeTruthy();
    expect(nudges.getByText('3 to 60 days.')).toBeTruthy();
  });

  it('saves the nudges with the rest of the policies, and waits until they read back', async () => {
    render(<Settings />);
    await screen.findByRole('group', { name: 'Nudges' });
    const changed = {
      rules: { ...RULES, THANK_YOU_OVERDUE: true, COACH_WEEKLY_DIGEST: false },
      prepareHoursBefore: 48,
      thankYouDueHoursBefore: 3,
      connectionFollowUpDays: 21,
    };
    server.on('PUT', '/api/v1/tenant/settings', [204]);
    let reads = 0;
    server.on('GET', '/api/v1/tenant/settings', () => [
      200,
      // the read model catches up on the second reading
      { thankYouWindowHours: 24, defaultCadenceDays: 90, nudges: ++reads < 2 ? NUDGES : changed },
    ]);
    fireEvent.click(toggle('Thank-you overdue'));
    fireEvent.click(toggle('Weekly digest'));
    fireEvent.input(field('Prepare reminder (hours before the chat)'), { target: { value: '48' } });
    fireEvent.input(field('Thank-you reminder (hours before the window closes)'), { target: { value: '3' } });
    fireEvent.input(field('Connection follow-up (days after the request)'), { target: { value: '21' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the policies' }));

    expect(await screen.findByText('The policies are saved.', {}, { timeout: 3000 })).toBeTruthy();
    expect(reads).toBe(2);
    expect(server.sent('PUT', '/api/v1/tenant/settings')).toEqual([
      { url: '/api/v1/tenant/settings', body: { thankYouWindowHours: 24, defaultCadenceDays: 90, nudges: changed } },
    ]);
  });

  it("shows the API's refusal of a threshold next to it", async () => {
    render(<Settings />);
    await screen.findByRole('group', { name: 'Nudges' });
    server.on('PUT', '/api/v1/tenant/settings', [
      400,
      {
        type: '/problems/invalid-input',
        title: 'Bad Request',
        errors: [{ field: 'nudges.thankYouDueHoursBefore', message: 'must be shorter than the thank-you window' }],
      },
    ]);
    fireEvent.input(field('Thank-you reminder (hours before the window closes)'), { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the policies' }));

    await waitFor(() =>
      expect(field('Thank-you reminder (hours before the window closes)').getAttribute('aria-invalid')).toBe('true'),
    );
    expect(document.querySelector('.field-error[data-field="nudges.thankYouDueHoursBefore"]')?.textContent).toBe(
      'must be shorter than the thank-you window',
    );
    expect(field('Prepare reminder (hours before the chat)').getAttribute('aria-invalid')).toBe('false');
    expect(screen.queryByText('The policies are saved.')).toBeNull();
  });

  it('starts the nudges from the usual ones when the server does not say them, and sends them whole', async () => {
    server.on('GET', '/api/v1/tenant/settings', [200, { thankYouWindowHours: 24, defaultCadenceDays: 90 }]);
    server.on('PUT', '/api/v1/tenant/settings', [204]);
    render(<Settings />);
    await screen.findByRole('group', { name: 'Nudges' });
    expect(screen.getAllByRole('switch').every((s) => (s as HTMLInputElement).checked)).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Save the policies' }));

    expect(await screen.findByText('The policies are saved.')).toBeTruthy();
    expect(server.sent('PUT', '/api/v1/tenant/settings')[0].body).toEqual({
      thankYouWindowHours: 24,
      defaultCadenceDays: 90,
      nudges: {
        rules: Object.fromEntries(Object.keys(RULES).map((rule) => [rule, true])),
        prepareHoursBefore: 24,
        thankYouDueHoursBefore: 6,
        connectionFollowUpDays: 14,
      },
    });
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
