import { useState } from 'preact/hooks';
import { api, download, query } from '../api';
import type { ReportRow } from '../types';
import { Empty, LoadError, Loading, ProblemAlert, useLoad, useSubmit } from '../ui';
import { label } from '../words';

type Filters = { from: string; to: string; cohort: string };

const STAGES: { key: keyof ReportRow; caption: string }[] = [
  { key: 'scheduled', caption: 'Scheduled' },
  { key: 'held', caption: 'Held' },
  { key: 'thankYouSent', caption: 'Thanked' },
  { key: 'thankYouOnTime', caption: 'Thanked on time' },
  { key: 'connectionAccepted', caption: 'Connected' },
  { key: 'reciprocityOffered', caption: 'Reciprocity' },
];

function params(f: Filters) {
  return {
    from: f.from ? new Date(f.from + 'T00:00:00').toISOString() : undefined,
    to: f.to ? new Date(f.to + 'T23:59:59.999').toISOString() : undefined,
    cohort: f.cohort.trim(),
  };
}

/** The networking funnel per cohort and kind, as a chart, a table and a CSV file. */
export function Report() {
  const [filters, setFilters] = useState<Filters>({ from: '', to: '', cohort: '' });
  const [applied, setApplied] = useState<Filters>(filters);
  const { data, error } = useLoad(
    () => api<{ rows: ReportRow[] }>('/api/v1/reports/networking' + query(params(applied))),
    [JSON.stringify(applied)],
  );
  const csv = useSubmit();
  return (
    <section aria-labelledby="report-title">
      <div class="page-head">
        <h1 id="report-title">Networking report</h1>
        <div class="buttons">
          <button
            type="button"
            disabled={csv.busy}
            onClick={() =>
              void csv.submit(() =>
                download('/api/v1/reports/networking.csv' + query(params(applied)), 'networking-report.csv'),
              )
            }
          >
            Download CSV
          </button>
        </div>
      </div>
      <ProblemAlert problem={csv.problem} />
      <form
        class="filters"
        aria-label="Filter the report"
        onSubmit={(e) => {
          e.preventDefault();
          setApplied(filters);
        }}
      >
        <div class="three">
          <div class="field">
            <label for="report-from">From</label>
            <input id="report-from" type="date" value={filters.from} onInput={(e) => setFilters({ ...filters, from: e.currentTarget.value })} />
          </div>
          <div class="field">
            <label for="report-to">To</label>
            <input id="report-to" type="date" value={filters.to} onInput={(e) => setFilters({ ...filters, to: e.currentTarget.value })} />
          </div>
          <div class="field">
            <label for="report-cohort">Cohort</label>
            <input id="report-cohort" type="text" value={filters.cohort} onInput={(e) => setFilters({ ...filters, cohort: e.currentTarget.value })} />
          </div>
        </div>
        <button type="submit" class="secondary">
          Apply filters
        </button>
      </form>
      <LoadError error={error} />
      {!data && !error ? <Loading what="the report" /> : null}
      {data && !data.rows.length ? <Empty title="No chats in this period." /> : null}
      {data && data.rows.length ? (
        <>
          <Chart rows={data.rows} />
          <div class="table-wrap">
            <table class="table report">
              <caption class="visually-hidden">The funnel per cohort and kind of chat</caption>
              <thead>
                <tr>
                  <th scope="col">Cohort</th>
                  <th scope="col">Kind</th>
                  {STAGES.map((s) => (
                    <th scope="col" key={s.key}>
                      {s.caption}
                    </th>
                  ))}
                  <th scope="col">Outcomes</th>
                  <th scope="col">Median hours to thank-you</th>
                </tr>
              </thead>
              <tbody>
                {data.rows.map((row) => (
                  <tr key={`${row.cohort}|${row.kind}`}>
                    <th scope="row" data-label="Cohort">
                      {row.cohort ?? 'No cohort'}
                    </th>
                    <td data-label="Kind">{label(row.kind)}</td>
                    {STAGES.map((s) => (
                      <td key={s.key} data-label={s.caption}>
                        {String(row[s.key])}
                      </td>
                    ))}
                    <td data-label="Outcomes">
                      {Object.entries(row.outcomes)
                        .map(([kind, n]) => `${label(kind)}: ${n}`)
                        .join(', ') || '—'}
                    </td>
                    <td data-label="Median hours to thank-you">{row.medianHoursToThankYou ?? '—'}</td>
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

const COLORS = ['#1f5f8b', '#2f7fb5', '#4f9fd0', '#7dbce0', '#3a8f6a', '#a0700f'];

/** A grouped bar chart of the funnel: one group per cohort and kind, one bar per stage. */
function Chart({ rows }: { rows: ReportRow[] }) {
  const max = Math.max(1, ...rows.flatMap((row) => STAGES.map((s) => Number(row[s.key]))));
  const bar = 14;
  const gap = 4;
  const groupWidth = STAGES.length * (bar + gap) + 24;
  const height = 180;
  const top = 10;
  const width = Math.max(320, rows.length * groupWidth + 40);
  const y = (n: number) => top + height - (n / max) * height;
  return (
    <figure class="chart">
      <svg
        viewBox={`0 0 ${width} ${height + 60}`}
        role="img"
        aria-labelledby="chart-title chart-desc"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id="chart-title">The networking funnel</title>
        <desc id="chart-desc">
          {rows
            .map(
              (row) =>
                `${row.cohort ?? 'No cohort'}, ${label(row.kind)}: ` +
                STAGES.map((s) => `${s.caption.toLowerCase()} ${row[s.key]}`).join(', '),
            )
            .join('. ')}
        </desc>
        <line x1="30" x2={width} y1={top + height} y2={top + height} stroke="#8895a3" />
        <text x="24" y={top + 4} text-anchor="end" class="axis">
          {max}
        </text>
        <text x="24" y={top + height} text-anchor="end" class="axis">
          0
        </text>
        {rows.map((row, g) => {
          const x0 = 40 + g * groupWidth;
          return (
            <g key={`${row.cohort}|${row.kind}`}>
              {STAGES.map((s, i) => {
                const n = Number(row[s.key]);
                return (
                  <rect
                    key={s.key}
                    x={x0 + i * (bar + gap)}
                    y={y(n)}
                    width={bar}
                    height={top + height - y(n)}
                    fill={COLORS[i]}
                  >
                    <title>{`${s.caption}: ${n}`}</title>
                  </rect>
                );
              })}
              <text x={x0} y={top + height + 16} class="axis">
                {(row.cohort ?? 'No cohort').slice(0, 18)}
              </text>
              <text x={x0} y={top + height + 30} class="axis">
                {label(row.kind).slice(0, 22)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul class="chart-legend">
          {STAGES.map((s, i) => (
            <li key={s.key}>
              <span class="swatch" style={{ background: COLORS[i] }} aria-hidden="true"></span>
              {s.caption}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
