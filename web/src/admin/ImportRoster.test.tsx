import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Problem } from '../api';
import { controlledFetch } from '../testing';
import type { MemberImport } from '../types';
import { ImportRoster } from './ImportRoster';
import { followImport, rosterEmails, rosterProblem, Stopped } from './imports';

vi.mock('../auth', () => ({ accessToken: () => Promise.resolve('token'), signIn: vi.fn() }));

const CSV =
  'email,firstName,lastName,role,cohort,coachEmail\n' +
  'rory@x.example,Rory,One,STUDENT,Spring,carla@x.example\n' +
  'rae@x.example,Rae,Two,COACH,,\n' +
  'not-an-address,Bad,Row,STUDENT,,\n';

function progress(fields: Partial<MemberImport>): MemberImport {
  return {
    importId: 'i1',
    dryRun: true,
    state: 'RUNNING',
    rows: 3,
    created: 0,
    updated: 0,
    unchanged: 0,
    failed: 0,
    errors: [],
    ...fields,
  };
}

const badEmail = { row: 3, field: 'email', message: 'This is not an e-mail address.' };

let server: ReturnType<typeof controlledFetch>;
let imported: ReturnType<typeof vi.fn<(result: MemberImport, csv: string) => void>>;

beforeEach(() => {
  server = controlledFetch();
  vi.stubGlobal('fetch', server.fetch);
  imported = vi.fn();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const roster = () => screen.getByLabelText('Roster') as HTMLTextAreaElement;
const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;
const count = (name: string) => document.querySelector(`[data-count=${name}]`)?.textContent;

describe('importing a roster', () => {
  it('tries it first, shows what it would do, then imports it and follows it to its end', async () => {
    render(<ImportRoster imported={imported} pollMs={1} />);
    expect(button('Try it (dry run)').disabled).toBe(true);
    fireEvent.input(roster(), { target: { value: CSV } });
    fireEvent.click(button('Try it (dry run)'));

    const trial = await server.next();
    expect(trial.url).toBe('/api/v1/members/import?dryRun=true');
    expect(trial.init.method).toBe('POST');
    expect(trial.init.body).toBe(CSV);
    expect((trial.init.headers as Record<string, string>)['Content-Type']).toBe('text/csv');
    expect(screen.getByRole('status').textContent).toContain('Sending');
    trial.answer(202, progress({}));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('0 of 3 rows'));

    const unknownYet = await server.next();
    expect(unknownYet.url).toBe('/api/v1/members/imports/i1');
    unknownYet.answer(404, { title: 'Not Found', status: 404 });
    (await server.next()).answer(200, progress({ created: 1 }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('1 of 3 rows'));
    expect((screen.getByRole('progressbar') as HTMLProgressElement).value).toBe(1);
    expect(screen.queryByRole('button', { name: 'Import for real' })).toBeNull();

    (await server.next()).answer(200, progress({ state: 'DONE', created: 2, failed: 1, errors: [badEmail] }));
    const trialResult = await screen.findByRole('region', { name: /What the import would do/ });
    expect(count('rows')).toBe('3');
    expect(count('created')).toBe('2');
    expect(count('updated')).toBe('0');
    expect(count('failed')).toBe('1');
    expect(within(trialResult).getByText('Would be created')).toBeTruthy();
    expect(trialResult.textContent).toContain('Nothing has changed yet.');
    const failing = within(trialResult).getByRole('table', { name: /Rows that would fail/ });
    expect(within(failing).getByRole('row', { name: /3 E-mail This is not an e-mail address\./ })).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
    expect(
      screen.getByText('Dry run done: the import would create 2, update 0 and leave 0 unchanged; 1 would fail.'),
    ).toBeTruthy();
    expect(imported).not.toHaveBeenCalled();

    fireEvent.click(button('Import for real'));
    const real = await server.next();
    expect(real.url).toBe('/api/v1/members/import?dryRun=false');
    expect(real.init.body).toBe(CSV);
    real.answer(202, progress({ importId: 'i2', dryRun: false }));
    expect((await screen.findByRole('status')).textContent).toContain('Importing the roster');
    const following = await server.next();
    expect(following.url).toBe('/api/v1/members/imports/i2');
    const done = progress({ importId: 'i2', dryRun: false, state: 'DONE', created: 2, failed: 1, errors: [badEmail] });
    following.answer(200, done);

    const result = await screen.findByRole('region', { name: /What the import did/ });
    expect(within(result).getByText('Done')).toBeTruthy();
    expect(within(result).getByText('Created')).toBeTruthy();
    expect(count('created')).toBe('2');
    expect(within(result).getByRole('table', { name: /Rows that failed/ })).toBeTruthy();
    expect(imported).toHaveBeenCalledExactlyOnceWith(done, CSV);
    expect(screen.getByText('Import done: 2 created, 0 updated, 0 unchanged, 1 failed.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Import for real' })).toBeNull();
  });

  it('asks for a new dry run once the roster is changed', async () => {
    render(<ImportRoster imported={imported} pollMs={1} />);
    fireEvent.input(roster(), { target: { value: CSV } });
    fireEvent.click(button('Try it (dry run)'));
    (await server.next()).answer(202, progress({}));
    (await server.next()).answer(200, progress({ state: 'DONE', created: 3 }));
    expect(await screen.findByRole('button', { name: 'Import for real' })).toBeTruthy();

    fireEvent.input(roster(), { target: { value: CSV + 'ian@x.example,Ian,Four,STUDENT,,\n' } });
    expect(screen.queryByRole('button', { name: 'Import for real' })).toBeNull();
    expect(screen.queryByRole('region', { name: /What the import would do/ })).toBeNull();
  });

  it('says what is wrong with a roster the API refuses, next to the roster', async () => {
    render(<ImportRoster imported={imported} pollMs={1} />);
    fireEvent.input(roster(), { target: { value: 'mail,name\nx,y\n' } });
    fireEvent.click(button('Try it (dry run)'));
    (await server.next()).answer(400, {
      type: '/problems/invalid-input',
      title: 'Bad Request',
      detail: 'The request has invalid parameters.',
      errors: [{ field: 'header', message: 'has a column this import does not know' }],
    });

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The roster cannot be imported');
    expect(alert.textContent).not.toContain('{');
    expect(document.querySelector('.field-error[data-field=roster]')?.textContent).toBe(
      'The header row has a column this import does not know.',
    );
    expect(roster().getAttribute('aria-invalid')).toBe('true');
    expect(roster().value).toBe('mail,name\nx,y\n');
    expect(button('Try it (dry run)').disabled).toBe(false);
  });

  it('says so when an import stopped before its end, and how to finish it', async () => {
    render(<ImportRoster imported={imported} pollMs={1} />);
    fireEvent.input(roster(), { target: { value: CSV } });
    fireEvent.click(button('Try it (dry run)'));
    (await server.next()).answer(202, progress({}));
    (await server.next()).answer(200, progress({ state: 'DONE', created: 3 }));
    fireEvent.click(await screen.findByRole('button', { name: 'Import for real' }));
    (await server.next()).answer(202, progress({ importId: 'i2', dryRun: false }));
    (await server.next()).answer(200, progress({ importId: 'i2', dryRun: false, state: 'FAILED', created: 1 }));

    expect((await screen.findByRole('alert')).textContent).toContain('Import the file again');
    expect(screen.getByText('Stopped')).toBeTruthy();
    expect(imported).not.toHaveBeenCalled();
  });
});

describe('following an import', () => {
  it('waits while the import is unknown, and tells each answer until the end', async () => {
    const answers = [
      new Problem(404, null),
      progress({ created: 1 }),
      progress({ created: 2, state: 'DONE' }),
    ];
    vi.stubGlobal(
      'fetch',
      vi.fn(() => {
        const answer = answers.shift()!;
        return Promise.resolve(
          answer instanceof Problem
            ? new Response(null, { status: 404 })
            : new Response(JSON.stringify(answer), { status: 200 }),
        );
      }),
    );
    const seen: number[] = [];
    const end = await followImport('i1', { pollMs: 1, onProgress: (p) => seen.push(p.created) });
    expect(end.state).toBe('DONE');
    expect(seen).toEqual([1, 2]);
  });

  it('gives up on an import that stays unknown, and stops when asked to', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response(null, { status: 404 }))));
    await expect(followImport('i1', { pollMs: 1, unknownForMs: 20 })).rejects.toMatchObject({ status: 404 });

    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response(JSON.stringify(progress({})), { status: 200 }))));
    const controller = new AbortController();
    const following = followImport('i1', { pollMs: 5, signal: controller.signal });
    controller.abort();
    await expect(following).rejects.toBeInstanceOf(Stopped);
  });
});

describe('a roster', () => {
  it('names its e-mail addresses, wherever its email column is', () => {
    expect(rosterEmails(CSV)).toEqual(['rory@x.example', 'rae@x.example']);
    expect(rosterEmails('\uFEFFrole,"Email"\r\nCOACH,"Cleo@X.example"\r\n')).toEqual(['cleo@x.example']);
    expect(rosterEmails('name\nx\n')).toEqual([]);
    expect(rosterEmails('')).toEqual([]);
  });

  it("has the API's refusals said as sentences about it", () => {
    const refused = new Problem(400, {
      title: 'Bad Request',
      errors: [
        { field: 'header', message: 'needs the column role' },
        { field: 'rows', message: 'a roster has at most 50000 rows' },
        { field: 'body', message: 'is not CSV with a header row' },
      ],
    });
    expect(rosterProblem(refused)?.about('roster')).toEqual([
      'The header row needs the column role.',
      'A roster has at most 50000 rows.',
      'The file is not CSV with a header row.',
    ]);
    const tooLarge = new Problem(413, { title: 'Payload Too Large', detail: 'A roster has at most 10 MB.' });
    expect(rosterProblem(tooLarge)).toBe(tooLarge);
  });
});
