import { useState } from 'preact/hooks';
import { api } from '../api';
import { Badge, Field, ProblemAlert, useSubmit } from '../ui';
import { instant, localInput, when } from '../words';
import type { Part } from './chatParts';

/** The meeting as logged, or the form to log it. */
export function Meeting({ chat, path, refresh }: Part) {
  const meeting = chat.meeting;
  if (meeting) {
    return (
      <section class="card" aria-labelledby="meeting-title">
        <h2 id="meeting-title">The meeting</h2>
        <p>
          Held {when(meeting.heldAt)} for {meeting.durationMinutes} minutes (agreed {meeting.agreedMinutes}).{' '}
          {meeting.flags.includes('OVERRAN') ? (
            <Badge tone="warning" title="It ran more than 10 minutes past the agreed time.">
              Overran
            </Badge>
          ) : null}
        </p>
        <h3>Points discussed</h3>
        <ul class="list" aria-label="Points discussed">
          {meeting.points.map((p) => (
            <li key={p.pointId}>{p.text}</li>
          ))}
        </ul>
        {meeting.insights ? (
          <>
            <h3>Insights</h3>
            <p>{meeting.insights}</p>
          </>
        ) : null}
        {meeting.leads.length ? (
          <>
            <h3>Leads</h3>
            <ul class="list">
              {meeting.leads.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          </>
        ) : null}
        <p class="muted">
          {meeting.goalsSharedWhenPrompted
            ? 'You shared your own goals when they asked.'
            : 'You did not note sharing your goals only when asked.'}
        </p>
      </section>
    );
  }
  if (chat.status !== 'SCHEDULED') return null;
  return <MeetingForm chat={chat} path={path} refresh={refresh} />;
}

function MeetingForm({ chat, path, refresh }: Part) {
  // logged right after it: held at its start, or (met earlier than planned) its length ago
  const start = new Date(chat.startsAt).getTime();
  const [heldAt, setHeldAt] = useState(
    localInput(new Date(start <= Date.now() ? start : Date.now() - chat.durationMinutes * 60000)),
  );
  const [duration, setDuration] = useState(String(chat.durationMinutes));
  const [points, setPoints] = useState<string[]>(['', '', '']);
  const [insights, setInsights] = useState('');
  const [leads, setLeads] = useState<string[]>(['']);
  const [goals, setGoals] = useState(true);
  const { problem, busy, submit } = useSubmit();
  const edit = (list: string[], set: (l: string[]) => void, i: number, value: string) =>
    set(list.map((v, j) => (j === i ? value : v)));

  return (
    <section class="card" aria-labelledby="log-title">
      <h2 id="log-title">Log the meeting</h2>
      <form
        class="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit(async () => {
            await api(`${path}/meeting`, {
              method: 'POST',
              body: {
                heldAt: instant(heldAt),
                durationMinutes: duration === '' ? null : Number(duration),
                points: points.filter((p) => p.trim()).map((text) => ({ text })),
                insights: insights.trim() || undefined,
                leads: leads.filter((l) => l.trim()).map((text) => ({ text })),
                goalsSharedWhenPrompted: goals,
              },
            });
            await refresh((c) => c.meeting !== null, 'Meeting logged. Now send your thank-you.');
          });
        }}
      >
        <ProblemAlert problem={problem} fields={['heldAt', 'durationMinutes', 'points', 'insights', 'leads', 'goalsSharedWhenPrompted']} />
        <div class="two">
          <Field label="Held at" name="heldAt" problem={problem}>
            {(a) => <input {...a} type="datetime-local" value={heldAt} onInput={(e) => setHeldAt(e.currentTarget.value)} />}
          </Field>
          <Field
            label="How long it took (minutes)"
            name="durationMinutes"
            problem={problem}
            hint={`Agreed: ${chat.durationMinutes} minutes. More than 10 minutes over is flagged.`}
          >
            {(a) => (
              <input {...a} type="number" inputMode="numeric" value={duration} onInput={(e) => setDuration(e.currentTarget.value)} />
            )}
          </Field>
        </div>
        <fieldset class="group">
          <legend>Points discussed (at least one; your thank-you will name two or three)</legend>
          {points.map((p, i) => (
            <Field key={i} label={`Point ${i + 1}`} name={i === 0 ? 'points' : `points[${i}]`} problem={problem}>
              {(a) => <input {...a} type="text" value={p} onInput={(e) => edit(points, setPoints, i, e.currentTarget.value)} />}
            </Field>
          ))}
          <button type="button" class="secondary" onClick={() => setPoints([...points, ''])}>
            Add a point
          </button>
        </fieldset>
        <Field label="Insights" name="insights" problem={problem}>
          {(a) => <textarea {...a} rows={2} value={insights} onInput={(e) => setInsights(e.currentTarget.value)} />}
        </Field>
        <fieldset class="group">
          <legend>Leads (e.g. an unadvertised opening)</legend>
          {leads.map((l, i) => (
            <Field key={i} label={`Lead ${i + 1}`} name={`leads[${i}]`} problem={problem}>
              {(a) => <input {...a} type="text" value={l} onInput={(e) => edit(leads, setLeads, i, e.currentTarget.value)} />}
            </Field>
          ))}
          <button type="button" class="secondary" onClick={() => setLeads([...leads, ''])}>
            Add a lead
          </button>
        </fieldset>
        <div class="check">
          <input id="goals-shared" type="checkbox" checked={goals} onChange={(e) => setGoals(e.currentTarget.checked)} />
          <label for="goals-shared">I shared my own goals only when they asked</label>
        </div>
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Log the meeting'}
        </button>
      </form>
    </section>
  );
}

