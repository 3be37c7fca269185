import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { routedFetch } from '../testing';
import type { Me, Member } from '../types';
import { invitation, Members } from './Members';

vi.mock('../auth', () => ({ accessToken: () => Promise.resolve('token'), signIn: vi.fn() }));

const me: Me = {
  userId: 'dan',
  tenantId: 'northfield',
  roles: ['tenant-admin'],
  username: 'dan.admin',
  name: 'Dan Admin',
  email: 'dan@x.example',
};

function member(userId: string, fields: Partial<Member>): Member {
  return {
    userId,
    email: `${userId}@x.example`,
    firstName: userId.charAt(0).toUpperCase() + userId.slice(1),
    lastName: 'Example',
    role: 'STUDENT',
    status: 'ACTIVE',
    cohort: null,
    coachId: null,
    ...fields,
  };
}

const ada = member('ada', { cohort: 'Fall 2026', coachId: 'carla' });
const carla = member('carla', { role: 'COACH' });
const dan = member('dan', { role: 'TENANT_ADMIN' });
const olga = member('olga', { status: 'DEACTIVATED' });
const ivan = member('ivan', { status: 'INVITED' });

let server: ReturnType<typeof routedFetch>;

beforeEach(() => {
  server = routedFetch();
  vi.stubGlobal('fetch', server.fetch);
  server.on('GET', '/api/v1/members', (url) =>
    url.includes('role=COACH')
      ? [200, { items: [carla], nextCursor: null }]
      : url.includes('cursor=p2')
        ? [200, { items: [ivan], nextCursor: null }]
        : [200, { items: [ada, carla, dan, olga], nextCursor: 'p2' }],
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const row = (userId: string) => document.querySelector(`tr[data-user=${userId}]`) as HTMLElement;
const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

describe('the members page', () => {
  it('lists the members with their role, status, cohort and coach, and pages on', async () => {
    render(<Members me={me} />);
    await waitFor(() => expect(row('ada')).toBeTruthy());
    expect(within(row('ada')).getByRole('link', { name: 'Ada Example' }).getAttribute('href')).toBe('/students/ada');
    expect(row('ada').textContent).toContain('Fall 2026');
    await waitFor(() => expect(row('ada').textContent).toContain('Carla Example'));
    expect(within(row('carla')).queryByRole('link')).toBeNull();
    expect(row('carla').textContent).toContain('Coach');
    expect(row('dan').textContent).toContain('You');
    expect(within(row('dan')).queryByRole('button')).toBeNull();
    expect(within(row('olga')).getByRole('button', { name: 'Reactivate Olga Example' })).toBeTruthy();
    expect(row('olga').textContent).toContain('Deactivated');

    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(row('ivan')).toBeTruthy());
    expect(row('ivan').textContent).toContain('Invited');
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
    expect(server.sent('GET', '/api/v1/members').map((c) => c.url)).toContain('/api/v1/members?cursor=p2&limit=25');
  });

  it('asks the API for the members the filters describe', async () => {
    render(<Members me={me} />);
    await waitFor(() => expect(row('ada')).toBeTruthy());
    const filters = within(screen.getByRole('form', { name: 'Filter the members' }));
    fireEvent.change(filters.getByLabelText('Role'), { target: { value: 'STUDENT' } });
    fireEvent.change(filters.getByLabelText('Status'), { target: { value: 'ACTIVE' } });
    fireEvent.input(filters.getByLabelText('Cohort'), { target: { value: ' Fall 2026 ' } });
    fireEvent.input(filters.getByLabelText('Name or e-mail'), { target: { value: 'ada' } });
    fireEvent.click(filters.getByRole('button', { name: 'Apply filters' }));

    await waitFor(() =>
      expect(server.sent('GET', '/api/v1/members').map((c) => c.url)).toContain(
        '/api/v1/members?role=STUDENT&status=ACTIVE&cohort=Fall+2026&q=ada&limit=25',
      ),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Clear filters' }));
    expect(field('Name or e-mail').value).toBe('');
  });

  it('confirms before deactivating, then shows the member deactivated', async () => {
    server.on('POST', '/api/v1/members/ada/deactivate', [204]);
    server.on('GET', '/api/v1/members/ada', [200, { ...ada, status: 'DEACTIVATED' }]);
    render(<Members me={me} />);
    await waitFor(() => expect(row('ada')).toBeTruthy());

    fireEvent.click(within(row('ada')).getByRole('button', { name: 'Deactivate Ada Example' }));
    const yes = within(row('ada')).getByRole('button', { name: 'Yes, deactivate' });
    expect(document.activeElement).toBe(yes);
    expect(row('ada').textContent).toContain('They can no longer sign in');
    fireEvent.click(within(row('ada')).getByRole('button', { name: 'Cancel' }));
    expect(server.sent('POST', '/api/v1/members/ada/deactivate')).toHaveLength(0);
    expect(document.activeElement).toBe(within(row('ada')).getByRole('button', { name: 'Deactivate Ada Example' }));

    fireEvent.click(within(row('ada')).getByRole('button', { name: 'Deactivate Ada Example' }));
    fireEvent.click(within(row('ada')).getByRole('button', { name: 'Yes, deactivate' }));
    await waitFor(() => expect(row('ada').getAttribute('data-status')).toBe('DEACTIVATED'));
    expect(server.sent('POST', '/api/v1/members/ada/deactivate')).toHaveLength(1);
    expect(within(row('ada')).getByRole('button', { name: 'Reactivate Ada Example' })).toBeTruthy();
    expect(screen.getByText('Ada Example is deactivated: they can no longer sign in.')).toBeTruthy();
  });

  it('shows the reason a deactivation is refused', async () => {
    server.on('POST', '/api/v1/members/ada/deactivate', [
      409,
      { type: '/problems/concurrent-modification', title: 'Conflict', detail: 'Someone changed this member; try again.' },
    ]);
    render(<Members me={me} />);
    await waitFor(() => expect(row('ada')).toBeTruthy());
    fireEvent.click(within(row('ada')).getByRole('button', { name: 'Deactivate Ada Example' }));
    fireEvent.click(within(row('ada')).getByRole('button', { name: 'Yes, deactivate' }));
    expect((await within(row('ada')).findByRole('alert')).textContent).toContain('Someone changed this member; try again.');
    expect(row('ada').getAttribute('data-status')).toBe('ACTIVE');
  });
});

describe('inviting a member', () => {
  it('sends a student with cohort and coach, and a coach without them', () => {
    const command = invitation([]);
    const values = { email: ' iris@x.example ', firstName: 'Iris ', lastName: 'Invited', role: 'STUDENT', cohort: '', coachEmail: 'carla@x.example' };
    expect(command.body(values)).toEqual({
      email: 'iris@x.example',
      firstName: 'Iris',
      lastName: 'Invited',
      role: 'STUDENT',
      cohort: undefined,
      coachEmail: 'carla@x.example',
    });
    expect(command.body({ ...values, role: 'COACH', cohort: 'Fall' })).toMatchObject({ cohort: undefined, coachEmail: undefined });
  });

  it("shows the API's field errors and a taken address next to their fields, then confirms", async () => {
    render(<Members me={me} />);
    await waitFor(() => expect(row('ada')).toBeTruthy());
    const form = screen.getByRole('button', { name: 'Invite' }).closest('form')!;
    const inForm = (label: string) => within(form).getByLabelText(label) as HTMLInputElement;
    await waitFor(() => expect(form.querySelector('datalist option')?.getAttribute('value')).toBe('carla@x.example'));

    server.on('POST', '/api/v1/members', [
      400,
      {
        type: '/problems/invalid-input',
        title: 'Bad Request',
        detail: 'The request has invalid fields.',
        errors: [
          { field: 'email', message: 'must be a well-formed email address' },
          { field: 'firstName', message: 'must not be blank' },
        ],
      },
    ]);
    fireEvent.input(inForm('E-mail'), { target: { value: 'iris' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Invite' }));
    await waitFor(() => expect(inForm('E-mail').getAttribute('aria-invalid')).toBe('true'));
    expect(form.querySelector('.field-error[data-field=email]')?.textContent).toBe('must be a well-formed email address');
    expect(form.querySelector('.field-error[data-field=firstName]')?.textContent).toBe('must not be blank');
    expect(inForm('Last name').getAttribute('aria-invalid')).toBe('false');

    server.on('POST', '/api/v1/members', [
      409,
      { type: '/problems/member-exists', title: 'Conflict', detail: 'A member of this tenant has this e-mail address.' },
    ]);
    fireEvent.input(inForm('E-mail'), { target: { value: 'ada@x.example' } });
    fireEvent.input(inForm('First name'), { target: { value: 'Ada' } });
    fireEvent.input(inForm('Last name'), { target: { value: 'Again' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Invite' }));
    await waitFor(() =>
      expect(form.querySelector('.field-error[data-field=email]')?.textContent).toBe(
        'A member of this tenant has this e-mail address.',
      ),
    );
    expect(form.querySelector('.field-error[data-field=firstName]')).toBeNull();

    server.on('POST', '/api/v1/members', [201, { userId: 'iris', status: 'INVITED' }]);
    const iris = member('iris', { lastName: 'Invited', status: 'INVITED', cohort: 'Spring 2027' });
    server.on('GET', '/api/v1/members', [200, { items: [ada, carla, dan, olga, iris], nextCursor: null }]);
    fireEvent.input(inForm('E-mail'), { target: { value: 'iris@x.example' } });
    fireEvent.input(inForm('First name'), { target: { value: 'Iris' } });
    fireEvent.input(inForm('Last name'), { target: { value: 'Invited' } });
    fireEvent.input(inForm('Cohort'), { target: { value: 'Spring 2027' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Invite' }));
    expect(await screen.findByText('Iris Invited is invited by e-mail, and shows as Invited until they first sign in.')).toBeTruthy();
    expect(server.sent('POST', '/api/v1/members').at(-1)?.body).toEqual({
      email: 'iris@x.example',
      firstName: 'Iris',
      lastName: 'Invited',
      role: 'STUDENT',
      cohort: 'Spring 2027',
    });
    expect(inForm('E-mail').value).toBe('');
    expect(inForm('Cohort').value).toBe('Spring 2027');
    expect(form.querySelector('[role=alert]')).toBeNull();
    await waitFor(() => expect(row('iris')).toBeTruthy());
  });
});
