import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Problem } from './api';
import { CommandForm, type Sent } from './CommandForm';
import { optionalText, placed, shownRows, wholeNumber, type Command, type Values } from './command';

const api = vi.hoisted(() => vi.fn());
vi.mock('./api', async (original) => ({ ...(await original<typeof import('./api')>()), api }));

const command: Command = {
  title: 'Log a touchpoint',
  method: 'POST',
  path: '/touchpoints',
  rows: [
    [
      { name: 'kind', label: 'Kind', control: 'select', options: ['ARTICLE_SHARED', 'CHECK_IN'], initial: 'ARTICLE_SHARED' },
      { name: 'days', label: 'Days', control: 'number', initial: '7' },
    ],
    { name: 'note', label: 'Note', control: 'text', hint: 'Non-demanding.', clearAfter: true },
  ],
  body: (v) => ({ kind: v.kind, days: wholeNumber(v.days), note: optionalText(v.note) }),
  submit: 'Log the touchpoint',
  done: 'Touchpoint logged.',
};

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Log the touchpoint' }));

let done: ReturnType<typeof vi.fn<(message: string, sent: Sent) => Promise<void>>>;

beforeEach(() => {
  api.mockReset();
  done = vi.fn(() => Promise.resolve());
});
afterEach(cleanup);

describe('a command form', () => {
  beforeEach(() => {
    render(<CommandForm command={command} base="/api/v1/relationships/r1" done={done} />);
  });

  it('shows its fields with their starting values, side by side where the rows say', () => {
    expect(field('Kind').value).toBe('ARTICLE_SHARED');
    expect(field('Days').value).toBe('7');
    expect(field('Note').value).toBe('');
    expect(field('Kind').closest('.two')).toBe(field('Days').closest('.two'));
    expect(field('Note').closest('.two')).toBeNull();
    expect(field('Note').getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText('Non-demanding.')).toBeTruthy();
  });

  it('sends what was entered, confirms, and empties the fields meant for the next one', async () => {
    api.mockResolvedValue({ touchpointId: 't1' });
    fireEvent.change(field('Kind'), { target: { value: 'CHECK_IN' } });
    fireEvent.input(field('Days'), { target: { value: '30' } });
    fireEvent.input(field('Note'), { target: { value: ' Sent the article ' } });
    submit();

    await waitFor(() =>
      expect(done).toHaveBeenCalledWith('Touchpoint logged.', {
        values: { kind: 'CHECK_IN', days: '30', note: ' Sent the article ' },
        answer: { touchpointId: 't1' },
      }),
    );
    expect(api).toHaveBeenCalledExactlyOnceWith('/api/v1/relationships/r1/touchpoints', {
      method: 'POST',
      body: { kind: 'CHECK_IN', days: 30, note: 'Sent the article' },
    });
    expect(field('Note').value).toBe('');
    expect(field('Kind').value).toBe('CHECK_IN');
    expect(field('Days').value).toBe('30');
  });

  it("shows the API's messages next to their fields, and the others in the alert, keeping what was entered", async () => {
    api.mockRejectedValue(
      new Problem(400, {
        title: 'Invalid request',
        errors: [
          { field: 'days', message: 'must be at least 7' },
          { field: 'at', message: 'must not be in the future' },
        ],
      }),
    );
    fireEvent.input(field('Days'), { target: { value: '1' } });
    fireEvent.input(field('Note'), { target: { value: 'kept' } });
    submit();

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Invalid request');
    expect(alert.textContent).toContain('Please correct the fields marked below.');
    expect(alert.textContent).toContain('must not be in the future');
    expect(alert.textContent).not.toContain('must be at least 7');
    expect(document.querySelector('.field-error[data-field=days]')?.textContent).toBe('must be at least 7');
    expect(field('Days').getAttribute('aria-invalid')).toBe('true');
    expect(field('Note').getAttribute('aria-invalid')).toBe('false');
    expect(field('Note').value).toBe('kept');
    expect(done).not.toHaveBeenCalled();
  });

  it('is busy while sending, and says so when Rapport cannot be reached', async () => {
    let fail!: (e: Error) => void;
    api.mockReturnValue(new Promise((_, reject) => (fail = reject)));
    submit();
    const button = screen.getByRole('button', { name: 'Log the touchpoint' }) as HTMLButtonElement;
    await waitFor(() => expect(button.disabled).toBe(true));

    fail(new TypeError('Failed to fetch'));
    expect((await screen.findByRole('alert')).textContent).toContain('Could not reach Rapport');
    expect(button.disabled).toBe(false);
  });
});

const isStudent = (v: Values) => v.role === 'STUDENT';

const invite: Command = {
  title: 'Invite a member',
  method: 'POST',
  path: '',
  rows: [
    { name: 'email', label: 'E-mail', control: 'email', required: true },
    { name: 'role', label: 'Role', control: 'select', options: ['STUDENT', 'COACH'], initial: 'STUDENT' },
    [
      { name: 'cohort', label: 'Cohort', control: 'text', shown: isStudent },
      { name: 'coachEmail', label: "Coach's e-mail", control: 'email', shown: isStudent, suggestions: ['c@x.example'] },
    ],
  ],
  body: (v) => ({ email: v.email, role: v.role, cohort: isStudent(v) ? optionalText(v.cohort) : undefined }),
  submit: 'Invite',
  done: 'Invited.',
  conflicts: { 'member-exists': 'email' },
};

describe('a command form whose fields depend on its values', () => {
  it('shows the fields that apply, and leaves a row out when none of its fields do', () => {
    expect(shownRows(invite, { email: '', role: 'STUDENT', cohort: '', coachEmail: '' })).toHaveLength(3);
    expect(shownRows(invite, { email: '', role: 'COACH', cohort: '', coachEmail: '' })).toHaveLength(2);

    render(<CommandForm command={invite} base="/api/v1/members" done={done} />);
    expect(field('Cohort')).toBeTruthy();
    expect(field("Coach's e-mail").type).toBe('email');
    const suggestions = document.getElementById(field("Coach's e-mail").getAttribute('list')!);
    expect(suggestions?.querySelector('option')?.getAttribute('value')).toBe('c@x.example');
    expect(field('E-mail').getAttribute('aria-required')).toBe('true');

    fireEvent.change(field('Role'), { target: { value: 'COACH' } });
    expect(screen.queryByLabelText('Cohort')).toBeNull();
    expect(screen.queryByLabelText("Coach's e-mail")).toBeNull();
  });

  it('shows a refusal about one field next to that field', async () => {
    api.mockRejectedValue(
      new Problem(409, {
        type: '/problems/member-exists',
        title: 'Conflict',
        detail: 'A member of this tenant has this e-mail address.',
      }),
    );
    render(<CommandForm command={invite} base="/api/v1/members" done={done} />);
    fireEvent.input(field('E-mail'), { target: { value: 'iris@x.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Invite' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Please correct the fields marked below.');
    expect(alert.textContent).not.toContain('this e-mail address');
    expect(document.querySelector('.field-error[data-field=email]')?.textContent).toBe(
      'A member of this tenant has this e-mail address.',
    );
    expect(field('E-mail').getAttribute('aria-invalid')).toBe('true');
    expect(field('E-mail').value).toBe('iris@x.example');
  });

  it('leaves other refusals in the alert', () => {
    const other = new Problem(409, { type: '/problems/concurrent-modification', title: 'Conflict', detail: 'Try again.' });
    expect(placed(invite, other)).toBe(other);
    const invalid = new Problem(400, { title: 'Bad Request', errors: [{ field: 'email', message: 'bad' }] });
    expect(placed(invite, invalid)).toBe(invalid);
  });

  it('can be a card that is always open, titled by a heading', () => {
    render(<CommandForm command={invite} base="/api/v1/members" done={done} layout="card" />);
    expect(screen.getByRole('heading', { level: 2, name: 'Invite a member' })).toBeTruthy();
    expect(document.querySelector('details')).toBeNull();
    expect(screen.getByRole('form', { name: 'Invite a member' })).toBeTruthy();
  });
});

describe('a command form with a group of switches', () => {
  const reminders: Command = {
    title: 'Reminders',
    method: 'PUT',
    path: '',
    rows: [
      { name: 'days', label: 'Days', control: 'number', initial: '7' },
      {
        legend: 'Kinds',
        hint: 'Which reminders go out.',
        rows: [
          { name: 'early', label: 'Early reminder', control: 'switch', initial: 'true', hint: 'A day before.' },
          { name: 'late', label: 'Late reminder', control: 'switch', initial: 'false' },
          { name: 'hours', label: 'Hours', control: 'number', initial: '2', shown: (v) => v.late === 'true' },
        ],
      },
    ],
    body: (v) => ({ days: wholeNumber(v.days), early: v.early === 'true', late: v.late === 'true', hours: wholeNumber(v.hours) }),
    submit: 'Save',
    done: 'Saved.',
  };

  it('shows the group under its legend, its switches on or off as they start, and the fields it shows for the values', async () => {
    render(<CommandForm command={reminders} base="/api/v1/x" done={done} layout="card" />);
    const group = screen.getByRole('group', { name: 'Kinds' });
    expect(group.textContent).toContain('Which reminders go out.');
    const early = screen.getByRole('switch', { name: 'Early reminder' }) as HTMLInputElement;
    const late = screen.getByRole('switch', { name: 'Late reminder' }) as HTMLInputElement;
    expect(group.contains(early)).toBe(true);
    expect([early.checked, late.checked]).toEqual([true, false]);
    expect(screen.getByText('A day before.')).toBeTruthy();
    expect(screen.queryByLabelText('Hours')).toBeNull();

    fireEvent.click(late);
    fireEvent.click(early);
    expect(field('Hours').value).toBe('2');
    api.mockResolvedValue(null);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(done).toHaveBeenCalled());
    expect(api).toHaveBeenCalledWith('/api/v1/x', { method: 'PUT', body: { days: 7, early: false, late: true, hours: 2 } });
  });

  it('drops a group whose fields are all hidden', () => {
    const hidden: Command = { ...reminders, rows: [{ legend: 'None', rows: [{ name: 'a', label: 'A', control: 'text', shown: () => false }] }] };
    expect(shownRows(hidden, {})).toEqual([]);
    expect(shownRows(reminders, { late: 'false' })).toHaveLength(2);
  });
});
