import { useState } from 'preact/hooks';
import { api, download, query } from '../api';
import { NUDGE_REPORT, ruleLabel, type NudgeOutcome, type NudgeReport as Report, type NudgeReportRow } from '../notifications/model';
import { Empty, LoadError, Loading, ProblemAlert, useLoad, useSubmit } from '../ui';
import { day } from '../words';

type Filters = { from: string; to: string; cohort: string };

/** The report's query: its dates as they are (YYYY-MM-DD), the cohort trimmed; empty ones left out. */
function params(f: Filters) {
  return { from: f.from, to: f.to, cohort: f.cohort.trim() };
}

/** A rate as a percentage, or a dash when there were no cases. */
export function percent(rate: number | null): string {
  return rate === null || rate === undefined ? '—' : `${Math.round(rate * 100)}%`;
}

const NUDGED = '#1f5f8b';
const NOT_NUDGED = '#a0700f';

/** Whether people acted in time with a nudge and without one, per rule: a chart, a table and a CSV file. */
export function NudgeReport() {
  const [filters, setFilters] = useState<Filters>({ from: '', to: '', cohort: '' });
  const [applied, setApplied] = useState<Filters>(filters);
  const { data, error } = useLoad(() => api<Report>(NUDGE_REPORT + query(params(applied))), [JSON.stringify(applied)]);
  const csv = useSubmit();
  return (
    <section aria-labelledby="nudge-report-title">
      <div class="page-head">
        <h1 id="nudge-report-title">Nudge report</h1>
        <div class="buttons">
          <button
            type="button"
            disabled={csv.busy}
            onClick={() => void csv.submit(() => download(NUDGE_REPORT + '.csv' + query(params(applied)), 'nudge-report.csv'))}
          >
            Download CSV
          </button>
        </div>
      </div>
      <p class="lead">
        For each kind of reminder, over the cases due in the period: how often students acted in time
        when Rapport nudged them, and how often they did in comparable cases without a nudge (they acted
        before it was due, the reminder was turned off, or the case came before nudges existed).
      </p>
      <ProblemAlert problem={csv.problem} />
      <form
        class="filters"
        aria-label="Filter the nudge report"
        onSubmit={(e) => {
          e.preventDefault();
          setApplied(filters);
        }}
      >
        <div class="three">
          <div class="field">
            <label for="nudges-from">From</label>
            <input id="nudges-from" type="date" value={filters.from} onInput={(e) => setFilters({ ...filters, from: e.currentTarget.value })} />
          </div>
          <div class="field">
            <label for="nudges-to">To</label>
            <input id="nudges-to" type="date" value={filters.to} onInput={(e) => setFilters({ ...filters, to: e.currentTarget.value })} />
          </div>
          <div class="field">
            <label for="nudges-cohort">Cohort</label>
            <input id="nudges-cohort" type="text" value={filters.cohort} onInput={(e) => setFilters({ ...filters, cohort: e.currentTarget.value })} />
          </div>
        </div>
        <button type="submit" class="secondary">
          Apply filters
        </button>
      </form>
      <LoadError error={error} />
      {!data && !error ? <Loading what="the nudge report" /> : null}
      {data ? (
        <p class="muted" data-testid="nudge-period">
          {day(data.from + 'T12:00:00')} to {day(data.to + 'T12:00:00')}, {data.cohort ? `cohort ${data.cohort}` : 'all cohorts'}
        </p>
      ) : null}
      {data && !data.rules.length ? <Empty title="No reminders were due in this period." /> : null}
      {data && data.rules.length ? (
        <>
          <Chart rows={data.rules} />
          <div class="table-wrap">
            <table class="table report nudges">
              <caption class="visually-hidden">Acting in time with and without a nudge, per kind of reminder</caption>
              <thead>
                <tr>
                  <th scope="col" rowSpan={2}>
                    Reminder
                  </th>
                  <th scope="colgroup" colSpan={3}>
                    Nudged
                  </th>
                  <th scope="colgroup" colSpan={3}>
                    Not nudged
                  </th>
                </tr>
                <tr>
                  <th scope="col">Cases</th>
                  <th scope="col">Acted in time</th>
                  <th scope="col">Rate</th>
                  <th scope="col">Cases</th>
                  <th scope="col">Acted in time</th>
                  <th scope="col">Rate</th>
                </tr>
              </thead>
              <tbody>
                {data.rules.map((row) => (
                  <tr key={row.rule} data-rule={row.rule}>
                    <th scope="row" data-label="Reminder">
                      {ruleLabel(row.rule)}
                    </th>
                    <Outcome outcome={row.nudged} group="Nudged" />
                    <Outcome outcome={row.notNudged} group="Not nudged" />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </section>
  );
}

function Outcome({ outcome, group }: { outcome: NudgeOutcome; group: string }) {
  return (
    <>
      <td data-label={`${group}: cases`}>{outcome.cases}</td>
      <td data-label={`${group}: acted in time`}>{outcome.actedInTime}</td>
      <td data-label={`${group}: rate`}>{percent(outcome.rate)}</td>
    </>
  );
}

/** Two bars per rule: the share that acted in time with a nudge, and without one (0 to 100 %). */
function Chart({ rows }: { rows: NudgeReportRow[] }) {
  const bar = 26;
  const gap = 4;
  const groupWidth = 2 * bar + gap + 74;
  const height = 160;
  const top = 16;
  const left = 44;
  const width = Math.max(320, left + rows.length * groupWidth);
  const y = (rate: number) => top + height - rate * height;
  const bars: { key: 'nudged' | 'notNudged'; caption: string; color: string }[] = [
    { key: 'nudged', caption: 'Nudged', color: NUDGED },
    { key: 'notNudged', caption: 'Not nudged', color: NOT_NUDGED },
  ];
  const said = (o: NudgeOutcome) => (o.rate === null ? 'no cases' : `${percent(o.rate)} of ${o.cases}`);
  return (
    <figure class="chart">
      <svg
        viewBox={`0 0 ${width} ${height + top + 50}`}
        role="img"
        aria-labelledby="nudge-chart-title nudge-chart-desc"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id="nudge-chart-title">Acted in time, nudged and not nudged</title>
        <desc id="nudge-chart-desc">
          {rows
            .map((row) => `${ruleLabel(row.rule)}: nudged ${said(row.nudged)}, not nudged ${said(row.notNudged)}`)
            .join('. ')}
        </desc>
        {[0, 0.5, 1].map((tick) => (
          <g key={tick}>
            <line x1={left - 4} x2={width} y1={y(tick)} y2={y(tick)} stroke={tick ? '#e3e8ee' : '#8895a3'} />
            <text x={left - 8} y={y(tick) + 4} text-anchor="end" class="axis">
              {`${tick * 100}%`}
            </text>
          </g>
        ))}
        {rows.map((row, g) => {
          const x0 = left + 12 + g * groupWidth;
          return (
            <g key={row.rule} data-rule={row.rule}>
              {bars.map((b, i) => {
                const outcome = row[b.key];
                const x = x0 + i * (bar + gap);
                if (outcome.rate === null || outcome.rate === undefined) {
                  return (
                    <text key={b.key} x={x + bar / 2} y={top + height - 4} text-anchor="middle" class="axis" data-bar={b.key}>
                      n/a
                    </text>
                  );
                }
                const rate = Math.min(1, Math.max(0, outcome.rate));
                return (
                  <g key={b.key}>
                    <rect x={x} y={y(rate)} width={bar} height={top + height - y(rate)} fill={b.color} data-bar={b.key}>
                      <title>{`${b.caption}: ${percent(outcome.rate)} acted in time (${outcome.actedInTime} of ${outcome.cases})`}</title>
                    </rect>
                    <text x={x + bar / 2} y={y(rate) - 3} text-anchor="middle" class="axis">
                      {percent(outcome.rate)}
                    </text>
                  </g>
                );
              })}
              <text x={x0} y={top + height + 16} class="axis">
                {ruleLabel(row.rule).slice(0, 22)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul class="chart-legend">
          {bars.map((b) => (
            <li key={b.key}>
              <span class="swatch" style={{ background: b.color }} aria-hidden="true"></span>
              {b.caption}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
