import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { routedFetch } from '../testing';
import { NudgeReport, percent } from './NudgeReport';

vi.mock('../auth', () => ({ accessToken: () => Promise.resolve('token'), signIn: vi.fn() }));

const PATH = '/api/v1/reports/nudges';
const REPORT = {
  from: '2026-11-01',
  to: '2026-12-03',
  cohort: null,
  rules: [
    {
      rule: 'THANK_YOU_DUE',
      nudged: { cases: 10, actedInTime: 7, rate: 0.7 },
      notNudged: { cases: 20, actedInTime: 9, rate: 0.45 },
    },
    {
      rule: 'CONNECTION_FOLLOW_UP',
      nudged: { cases: 0, actedInTime: 0, rate: null },
      notNudged: { cases: 5, actedInTime: 1, rate: 0.2 },
    },
  ],
};

let server: ReturnType<typeof routedFetch>;

beforeEach(() => {
  server = routedFetch();
  vi.stubGlobal('fetch', server.fetch);
  server.on('GET', PATH, (url) =>
    url.includes('cohort=')
      ? [200, { ...REPORT, from: '2026-10-01', to: '2026-10-31', cohort: 'Fall 2026', rules: [] }]
      : [200, REPORT],
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const cells = (rule: string) =>
  [...(document.querySelector(`tbody tr[data-rule=${rule}]`) as HTMLElement).querySelectorAll('th, td')].map((c) => c.textContent);
const bar = (rule: string, which: string) =>
  document.querySelector(`svg g[data-rule=${rule}] [data-bar=${which}]`) as SVGElement | null;

describe('a rate', () => {
  it('is a whole percentage, or a dash without cases', () => {
    expect(percent(0.7)).toBe('70%');
    expect(percent(0.456)).toBe('46%');
    expect(percent(0)).toBe('0%');
    expect(percent(null)).toBe('—');
  });
});

describe('the nudge report', () => {
  it('shows per rule the cases and the share that acted in time, nudged and not nudged', async () => {
    render(<NudgeReport />);
    await screen.findByRole('table');
    expect(server.sent('GET', PATH)[0].url).toBe(PATH);
    expect(cells('THANK_YOU_DUE')).toEqual(['Thank-you due', '10', '7', '70%', '20', '9', '45%']);
    expect(cells('CONNECTION_FOLLOW_UP')).toEqual(['Connection follow-up', '0', '0', '—', '5', '1', '20%']);
    const headers = within(screen.getByRole('table')).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Reminder', 'Nudged', 'Not nudged', 'Cases', 'Acted in time', 'Rate', 'Cases', 'Acted in time', 'Rate']);
    expect(screen.getByTestId('nudge-period').textContent).toMatch(/2026.*to.*2026.*all cohorts/);
  });

  it('draws two bars per rule, as high as the rates, and none for a rate without cases', async () => {
    render(<NudgeReport />);
    const chart = await screen.findByRole('img', { name: /Acted in time, nudged and not nudged/ });
    expect(chart.textContent).toContain('Thank-you due: nudged 70% of 10, not nudged 45% of 20');
    expect(chart.textContent).toContain('Connection follow-up: nudged no cases, not nudged 20% of 5');

    const nudged = bar('THANK_YOU_DUE', 'nudged')!;
    const notNudged = bar('THANK_YOU_DUE', 'notNudged')!;
    expect(nudged.tagName).toBe('rect');
    const height = (el: SVGElement) => Number(el.getAttribute('height'));
    // 160 units stand for 100%
    expect(height(nudged)).toBeCloseTo(112);
    expect(height(notNudged)).toBeCloseTo(72);
    expect(nudged.getAttribute('fill')).not.toBe(notNudged.getAttribute('fill'));
    expect(nudged.textContent).toBe('Nudged: 70% acted in time (7 of 10)');

    expect(bar('CONNECTION_FOLLOW_UP', 'nudged')?.tagName).toBe('text');
    expect(bar('CONNECTION_FOLLOW_UP', 'nudged')?.textContent).toBe('n/a');
    expect(height(bar('CONNECTION_FOLLOW_UP', 'notNudged')!)).toBeCloseTo(32);
    expect(screen.getByText('Nudged', { selector: '.chart-legend li' })).toBeTruthy();
  });

  it('asks for the period and cohort of the filters, dates as they are', async () => {
    render(<NudgeReport />);
    await screen.findByRole('table');
    fireEvent.input(screen.getByLabelText('From'), { target: { value: '2026-10-01' } });
    fireEvent.input(screen.getByLabelText('To'), { target: { value: '2026-10-31' } });
    fireEvent.input(screen.getByLabelText('Cohort'), { target: { value: ' Fall 2026 ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));

    expect(await screen.findByText('No reminders were due in this period.')).toBeTruthy();
    expect(server.sent('GET', PATH).at(-1)?.url).toBe(`${PATH}?from=2026-10-01&to=2026-10-31&cohort=Fall+2026`);
    expect(screen.getByTestId('nudge-period').textContent).toContain('cohort Fall 2026');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('downloads the CSV of the same filters with the token', async () => {
    const saved: Blob[] = [];
    vi.stubGlobal(
      'URL',
      class extends URL {
        static createObjectURL(blob: Blob) {
          saved.push(blob);
          return 'blob:nudges';
        }
        static revokeObjectURL() {}
      },
    );
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    server.on('GET', `${PATH}.csv`, [200, 'rule,nudgedCases\nTHANK_YOU_DUE,10\n']);
    render(<NudgeReport />);
    await screen.findByRole('table');
    fireEvent.input(screen.getByLabelText('From'), { target: { value: '2026-11-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    await waitFor(() => expect(server.sent('GET', PATH)).toHaveLength(2));
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));

    await waitFor(() => expect(clicked).toHaveLength(1));
    const [url, init] = server.fetch.mock.calls.find(([u]) => u.startsWith(`${PATH}.csv`))!;
    expect(url).toBe(`${PATH}.csv?from=2026-11-01`);
    expect((init as RequestInit & { headers: Record<string, string> }).headers.Authorization).toBe('Bearer token');
    expect(clicked[0].download).toBe('nudge-report.csv');
    expect(clicked[0].href).toBe('blob:nudges');
    expect(await saved[0].text()).toContain('THANK_YOU_DUE,10');
  });

  it('says so when the report cannot be read', async () => {
    server.on('GET', PATH, [403, { title: 'Forbidden', detail: 'Only tenant admins see reports.' }]);
    render(<NudgeReport />);
    expect((await screen.findByRole('alert')).textContent).toContain('Only tenant admins see reports.');
    expect(screen.queryByRole('table')).toBeNull();
  });
});
