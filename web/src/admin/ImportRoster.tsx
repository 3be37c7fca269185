import { useEffect, useRef, useState } from 'preact/hooks';
import type { MemberImport } from '../types';
import { Badge, Field, ProblemAlert, useSubmit } from '../ui';
import { columnLabel, handled, ROSTER_HEADER, ROSTER_TEMPLATE, rosterProblem, runImport, Stopped } from './imports';

/** Where the import stands: the roster being written, tried (a dry run), or imported. */
type Stage =
  | { step: 'compose' }
  | { step: 'trying'; progress: MemberImport | null }
  | { step: 'tried'; trial: MemberImport }
  | { step: 'importing'; trial: MemberImport; progress: MemberImport | null }
  | { step: 'imported'; result: MemberImport };

type Props = {
  /** Called once a real import finished, with the roster it imported. */
  imported: (result: MemberImport, csv: string) => void;
  /** Between two questions about an import's progress. */
  pollMs?: number;
};

const TEMPLATE_HREF = 'data:text/csv;charset=utf-8,' + encodeURIComponent(ROSTER_TEMPLATE);

/**
 * A roster (CSV) imported in two steps: a dry run first, which changes nothing and shows what the
 * import would do, then the import itself, followed until it is done.
 */
export function ImportRoster({ imported, pollMs }: Props) {
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [stage, setStage] = useState<Stage>({ step: 'compose' });
  const { problem, busy, submit, setProblem } = useSubmit();
  const following = useRef<AbortController | null>(null);
  useEffect(() => () => following.current?.abort(), []);

  const write = (text: string, name: string | null) => {
    following.current?.abort();
    setCsv(text);
    setFileName(name);
    setStage({ step: 'compose' });
    setProblem(null);
  };

  const run = (dryRun: boolean, trial: MemberImport | null) =>
    submit(async () => {
      const controller = new AbortController();
      following.current = controller;
      const progressed = (progress: MemberImport) =>
        !controller.signal.aborted &&
        setStage(dryRun ? { step: 'trying', progress } : { step: 'importing', trial: trial!, progress });
      setStage(dryRun ? { step: 'trying', progress: null } : { step: 'importing', trial: trial!, progress: null });
      try {
        const result = await runImport(csv, dryRun, { pollMs, signal: controller.signal, onProgress: progressed });
        if (dryRun) {
          setStage({ step: 'tried', trial: result });
        } else {
          setStage({ step: 'imported', result });
          if (result.state === 'DONE') imported(result, csv);
        }
      } catch (e) {
        if (e instanceof Stopped) return;
        setStage(trial ? { step: 'tried', trial } : { step: 'compose' });
        throw e;
      }
    });

  const shownProblem = rosterProblem(problem);
  const progress = stage.step === 'trying' || stage.step === 'importing' ? stage.progress : null;
  const toImport = stage.step === 'tried' && stage.trial.state === 'DONE' ? stage.trial : null;

  return (
    <div class="import">
      <p class="hint">
        A CSV file whose first row is <code>{ROSTER_HEADER}</code>. The role is STUDENT, COACH or TENANT_ADMIN;
        cohort and coach's e-mail are for students and may be left empty. New people are invited by e-mail;
        people already known by their e-mail address are brought up to date. <a href={TEMPLATE_HREF} download="roster-template.csv">Download a template</a>.
      </p>
      <form
        class="form"
        noValidate
        aria-label="Import a roster"
        onSubmit={(e) => {
          e.preventDefault();
          void run(true, null);
        }}
      >
        <ProblemAlert problem={shownProblem} fields={['roster']} />
        <Field label="CSV file" name="file" problem={null} hint={fileName ? `Read from ${fileName}.` : undefined}>
          {(a) => (
            <input
              {...a}
              type="file"
              accept=".csv,text/csv"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                if (file) void file.text().then((text) => write(text, file.name));
              }}
            />
          )}
        </Field>
        <Field label="Roster" name="roster" problem={shownProblem} hint="Or paste the CSV here.">
          {(a) => (
            <textarea
              {...a}
              rows={6}
              class="mono"
              spellcheck={false}
              value={csv}
              onInput={(e) => write(e.currentTarget.value, null)}
            />
          )}
        </Field>
        <div class="buttons">
          <button type="submit" class={toImport ? 'secondary' : undefined} disabled={busy || !csv.trim()}>
            {stage.step === 'trying' ? 'Trying…' : 'Try it (dry run)'}
          </button>
          {toImport ? (
            <button type="button" disabled={busy} onClick={() => void run(false, toImport)}>
              Import for real
            </button>
          ) : null}
        </div>
      </form>
      <div aria-live="polite">
        {stage.step === 'trying' || stage.step === 'importing' ? (
          <Progress progress={progress} dryRun={stage.step === 'trying'} />
        ) : null}
        {stage.step === 'tried' ? <p class="visually-hidden">{summary(stage.trial)}</p> : null}
        {stage.step === 'imported' ? <p class="visually-hidden">{summary(stage.result)}</p> : null}
      </div>
      {stage.step === 'tried' || stage.step === 'importing' ? <Result result={stage.trial} /> : null}
      {stage.step === 'imported' ? <Result result={stage.result} /> : null}
    </div>
  );
}

/** An import's end in one sentence, for screen readers (the page shows it as counts). */
function summary(result: MemberImport): string {
  if (result.state === 'FAILED') return result.dryRun ? 'The dry run stopped before its end.' : 'The import stopped before its end.';
  return result.dryRun
    ? `Dry run done: the import would create ${result.created}, update ${result.updated} and leave ` +
        `${result.unchanged} unchanged; ${result.failed} would fail.`
    : `Import done: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged, ` +
        `${result.failed} failed.`;
}

function Progress({ progress, dryRun }: { progress: MemberImport | null; dryRun: boolean }) {
  const done = progress ? handled(progress) : 0;
  const rows = progress?.rows ?? 0;
  const what = dryRun ? 'Trying the roster' : 'Importing the roster';
  return (
    <div class="progress" role="status" data-state="RUNNING">
      <label for="import-progress">{what}</label>
      <progress id="import-progress" max={Math.max(rows, 1)} value={done} />
      <span>{progress ? `${done} of ${rows} rows` : 'Sending…'}</span>
    </div>
  );
}

const COUNTS: { key: 'created' | 'updated' | 'unchanged' | 'failed'; would: string; did: string }[] = [
  { key: 'created', would: 'Would be created', did: 'Created' },
  { key: 'updated', would: 'Would be updated', did: 'Updated' },
  { key: 'unchanged', would: 'Unchanged', did: 'Unchanged' },
  { key: 'failed', would: 'Would fail', did: 'Failed' },
];

/** What an import did, or (a dry run) would do, with the rows that fail and why. */
function Result({ result }: { result: MemberImport }) {
  const dry = result.dryRun;
  const title = dry ? 'What the import would do' : 'What the import did';
  return (
    <section class="import-result" aria-labelledby="import-result-title" data-dry-run={String(dry)} data-state={result.state}>
      <h2 id="import-result-title">
        {title}{' '}
        {result.state === 'DONE' ? (
          <Badge tone="ok">{dry ? 'Dry run done' : 'Done'}</Badge>
        ) : (
          <Badge tone="danger">Stopped</Badge>
        )}
      </h2>
      {result.state === 'FAILED' ? (
        <p class="alert" role="alert">
          {dry
            ? 'The dry run stopped before its end. Try it again.'
            : 'The import stopped before its end. Import the file again: the rows already imported stay unchanged.'}
        </p>
      ) : null}
      <dl class="counts">
        <div>
          <dt>Rows</dt>
          <dd data-count="rows">{result.rows}</dd>
        </div>
        {COUNTS.map((c) => (
          <div key={c.key} class={c.key === 'failed' && result.failed ? 'bad' : undefined}>
            <dt>{dry ? c.would : c.did}</dt>
            <dd data-count={c.key}>{result[c.key]}</dd>
          </div>
        ))}
      </dl>
      {dry && result.state === 'DONE' ? (
        <p class="hint">
          Nothing has changed yet.
          {result.failed ? ' The rows that fail are left out of the import; correct them and try again, or import the others.' : ''}
        </p>
      ) : null}
      {result.errors.length ? (
        <div class="table-wrap">
          <table class="table row-errors">
            <caption>
              {dry ? 'Rows that would fail' : 'Rows that failed'}{' '}
              <span class="muted">(row 1 is the first after the header)</span>
            </caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Column</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {result.errors.map((e) => (
                <tr key={`${e.row}|${e.field}|${e.message}`} data-row={e.row}>
                  <td data-label="Row">{e.row}</td>
                  <td data-label="Column">{columnLabel(e.field)}</td>
                  <td data-label="Why">{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
