import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { routedFetch } from '../testing';
import { deviceTimeZone } from './model';
import { NotificationSettings } from './NotificationSettings';

vi.mock('../auth', () => ({ accessToken: () => Promise.resolve('token'), signIn: vi.fn() }));

const PATH = '/api/v1/me/notification-settings';
const STUDENT = {
  email: true,
  inApp: true,
  rules: { THANK_YOU_DUE: true, PREPARE_FOR_CHAT: false, TOUCHPOINT_DUE: true },
  timeZone: 'Europe/London',
  quietHours: { from: '21:00', to: '08:00' },
};

let server: ReturnType<typeof routedFetch>;

beforeEach(() => {
  server = routedFetch();
  vi.stubGlobal('fetch', server.fetch);
  server.on('GET', PATH, [200, STUDENT]);
  server.on('PUT', PATH, [204]);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const form = () => screen.findByRole('form', { name: 'Notification settings' });
const toggle = (name: string) => screen.getByRole('switch', { name }) as HTMLInputElement;
const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save the settings' }));
const errorOf = (name: string) => document.querySelector(`.field-error[data-field="${name}"]`)?.textContent;

describe('the notification settings page', () => {
  it("starts from the person's settings, with a switch for each rule of their roles only, described", async () => {
    render(<NotificationSettings />);
    await form();
    expect(toggle('In the app').checked).toBe(true);
    expect(toggle('By e-mail').checked).toBe(true);

    const rules = within(screen.getByRole('group', { name: 'What to remind you of' }));
    expect(rules.getAllByRole('switch').map((s) => s.getAttribute('name'))).toEqual([
      'rules.PREPARE_FOR_CHAT',
      'rules.THANK_YOU_DUE',
      'rules.TOUCHPOINT_DUE',
    ]);
    expect(toggle('Prepare for a chat').checked).toBe(false);
    expect(toggle('Thank-you due').checked).toBe(true);
    expect(rules.getByText('When a relationship has gone quiet for longer than its cadence.')).toBeTruthy();
    expect(screen.queryByRole('switch', { name: 'Weekly digest' })).toBeNull();

    expect(field('Time zone').value).toBe('Europe/London');
    expect(field('From').value).toBe('21:00');
    expect(field('To').value).toBe('08:00');
  });

  it('saves the whole settings as changed, and confirms', async () => {
    render(<NotificationSettings />);
    await form();
    fireEvent.click(toggle('By e-mail'));
    fireEvent.click(toggle('Prepare for a chat'));
    fireEvent.change(field('Time zone'), { target: { value: 'Asia/Tokyo' } });
    fireEvent.input(field('From'), { target: { value: '22:30' } });
    save();

    expect(await screen.findByText('Your notification settings are saved.')).toBeTruthy();
    expect(server.sent('PUT', PATH)).toEqual([
      {
        url: PATH,
        body: {
          email: false,
          inApp: true,
          rules: { THANK_YOU_DUE: true, PREPARE_FOR_CHAT: true, TOUCHPOINT_DUE: true },
          timeZone: 'Asia/Tokyo',
          quietHours: { from: '22:30', to: '08:00' },
        },
      },
    ]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('warns when both channels are off, and sends the same time twice for no quiet hours', async () => {
    render(<NotificationSettings />);
    await form();
    fireEvent.input(field('To'), { target: { value: '21:00' } });
    fireEvent.click(toggle('By e-mail'));
    expect(screen.queryByText(/Rapport sends you no reminders at all/)).toBeNull();
    fireEvent.click(toggle('In the app'));
    expect(screen.getByText(/Rapport sends you no reminders at all/)).toBeTruthy();
    save();

    await screen.findByText('Your notification settings are saved.');
    expect(server.sent('PUT', PATH)[0].body).toMatchObject({
      email: false,
      inApp: false,
      quietHours: { from: '21:00', to: '21:00' },
    });
  });

  it('says what is missing before sending, next to the field', async () => {
    render(<NotificationSettings />);
    await form();
    fireEvent.input(field('To'), { target: { value: '' } });
    save();

    expect((await screen.findByRole('alert')).textContent).toContain('Please correct the fields marked below.');
    expect(errorOf('quietHours.to')).toBe('Enter when quiet hours end, such as 08:00.');
    expect(field('To').getAttribute('aria-invalid')).toBe('true');
    expect(field('From').getAttribute('aria-invalid')).toBe('false');
    expect(server.sent('PUT', PATH)).toEqual([]);

    // seconds, as some browsers give them, are left out
    fireEvent.input(field('To'), { target: { value: '07:30:00' } });
    save();
    expect(await screen.findByText('Your notification settings are saved.')).toBeTruthy();
    expect(errorOf('quietHours.to')).toBeUndefined();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(server.sent('PUT', PATH)[0].body).toMatchObject({ quietHours: { from: '21:00', to: '07:30' } });
  });

  it("shows the API's refusal next to the fields it names, and the rest in the alert", async () => {
    server.on('PUT', PATH, [
      400,
      {
        type: '/problems/invalid-input',
        title: 'Bad Request',
        errors: [
          { field: 'timeZone', message: 'is not a known time zone' },
          { field: 'rules', message: 'COACH_WEEKLY_DIGEST is not a rule of your roles' },
        ],
      },
    ]);
    render(<NotificationSettings />);
    await form();
    save();

    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(errorOf('timeZone')).toBe('is not a known time zone'));
    expect(field('Time zone').getAttribute('aria-invalid')).toBe('true');
    expect(alert.textContent).toContain('Bad Request');
    expect(alert.textContent).toContain('COACH_WEEKLY_DIGEST is not a rule of your roles');
    expect(screen.queryByText('Your notification settings are saved.')).toBeNull();
  });

  it("offers this device's time zone when the stored one is another", async () => {
    server.on('GET', PATH, [200, { ...STUDENT, timeZone: 'Pacific/Chatham' }]);
    render(<NotificationSettings />);
    await form();
    const device = deviceTimeZone();
    expect(field('Time zone').value).toBe('Pacific/Chatham');
    expect([...(field('Time zone') as unknown as HTMLSelectElement).options].map((o) => o.value)).toContain('Asia/Tokyo');

    fireEvent.click(screen.getByRole('button', { name: `Use this device's time zone (${device.replace(/_/g, ' ')})` }));
    expect(field('Time zone').value).toBe(device);
    expect(screen.queryByRole('button', { name: /Use this device's time zone/ })).toBeNull();
  });

  it('says so when the settings cannot be read', async () => {
    server.on('GET', PATH, [503, { title: 'Service Unavailable', detail: 'Try again shortly.' }]);
    render(<NotificationSettings />);
    expect((await screen.findByRole('alert')).textContent).toContain('Try again shortly.');
    expect(screen.queryByRole('button', { name: 'Save the settings' })).toBeNull();
  });
});
