import { useState } from 'preact/hooks';
import { api, eventually } from '../api';
import { Link } from '../router';
import type { Relationship, TimelinePage } from '../types';
import { Action, Badge, Field, LoadError, Loading, Notice, ProblemAlert, Timeline, useLoad, useSubmit } from '../ui';
import { day, instant, label, localInput, OUTCOME_KINDS, PLATFORMS, TOUCHPOINT_KINDS, when } from '../words';

type Loaded = { relationship: Relationship; timeline: TimelinePage };

/** One relationship: who, how it stands, its chats, what to do next, and its timeline. */
export function RelationshipPage({ id }: { id: string }) {
  const base = `/api/v1/relationships/${encodeURIComponent(id)}`;
  const load = async (): Promise<Loaded> => ({
    relationship: await api<Relationship>(base),
    timeline: await api<TimelinePage>(`${base}/timeline?limit=200`),
  });
  const { data, error, setData } = useLoad(() => eventually(load, () => true), [id]);
  const [notice, setNotice] = useState<string | null>(null);

  /** After a command: waits until the timeline shows it, then shows the new state. */
  const refresh = async (done: string) => {
    const before = data?.timeline.items.length ?? 0;
    const loaded = await eventually(load, (l) => l.timeline.items.length > before);
    setData(loaded);
    setNotice(done);
  };

  if (error) return <LoadError error={error} />;
  if (!data) return <Loading what="the relationship" />;
  const r = data.relationship;
  const chats = data.timeline.items.filter((e) => e.type === 'ChatScheduled' && e.chatId);

  return (
    <section aria-labelledby="rel-title">
      <div class="page-head">
        <div>
          <p class="crumbs">
            <Link href="/relationships">Relationships</Link>
          </p>
          <h1 id="rel-title">{r.contact.name}</h1>
          <p class="muted">{[r.contact.role, r.contact.company].filter(Boolean).join(' at ')}</p>
        </div>
        <div class="buttons">
          <Link class="button" href={`/relationships/${id}/schedule`}>
            Schedule a chat
          </Link>
        </div>
      </div>
      <Notice text={notice} />
      <div class="cards">
        <section class="card" aria-labelledby="summary-title">
          <h2 id="summary-title">How it stands</h2>
          <dl class="facts">
            <dt>Status</dt>
            <dd>
              <Badge tone={r.status === 'COOLING' ? 'warning' : 'ok'}>{label(r.status)}</Badge>{' '}
              {r.status === 'COOLING' ? (
                <span class="muted">No contact for longer than your cadence: a light touchpoint helps.</span>
              ) : null}
            </dd>
            <dt>Cadence</dt>
            <dd>every {r.cadenceDays} days</dd>
            <dt>Last contact</dt>
            <dd>{when(r.lastContactAt)}</dd>
            <dt>Next touchpoint due</dt>
            <dd>{day(r.nextTouchpointDue)}</dd>
            {r.howWeMet ? (
              <>
                <dt>How you met</dt>
                <dd>{r.howWeMet}</dd>
              </>
            ) : null}
            <dt>Connection</dt>
            <dd>
              {r.connection
                ? `${label(r.connection.platform)} request sent ${day(r.connection.requestedAt)}` +
                  (r.connection.acceptedAt ? `, accepted ${day(r.connection.acceptedAt)}` : ', not accepted yet')
                : 'not requested yet'}
            </dd>
            <dt>Help offered</dt>
            <dd>{r.reciprocityOffers.length ? r.reciprocityOffers.join('; ') : 'none yet'}</dd>
            <dt>Outcomes</dt>
            <dd>
              {r.outcomes.length
                ? r.outcomes.map((o) => `${label(o.kind)}${o.note ? ` (${o.note})` : ''}`).join('; ')
                : 'none yet'}
            </dd>
          </dl>
        </section>
        <section class="card" aria-labelledby="chats-title">
          <h2 id="chats-title">Chats</h2>
          {chats.length ? (
            <ul class="list">
              {chats.map((c) => (
                <li key={c.chatId}>
                  <Link href={`/chats/${c.chatId}`}>{c.sentence}</Link>
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">
              No chat yet. <Link href={`/relationships/${id}/schedule`}>Schedule one</Link>: 30–45 minutes, somewhere relaxed.
            </p>
          )}
        </section>
      </div>
      <section aria-labelledby="next-title" class="actions">
        <h2 id="next-title">Follow up and keep in touch</h2>
        <ConnectionRequest base={base} done={refresh} relationship={r} />
        {r.connection && !r.connection.acceptedAt ? <ConnectionAccepted base={base} done={refresh} /> : null}
        <Reciprocity base={base} done={refresh} />
        <Touchpoint base={base} done={refresh} />
        <Cadence base={base} done={refresh} current={r.cadenceDays} />
        <OutcomeForm base={base} done={refresh} />
      </section>
      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">Timeline</h2>
        <Timeline items={data.timeline.items} label={`Timeline with ${r.contact.name}`} />
      </section>
    </section>
  );
}

type ActionProps = { base: string; done: (message: string) => Promise<void> };

function ConnectionRequest({ base, done, relationship }: ActionProps & { relationship: Relationship }) {
  const [platform, setPlatform] = useState('LINKEDIN');
  const [message, setMessage] = useState(`Thank you again for the chat, ${relationship.contact.name.split(' ')[0]}!`);
  const { problem, busy, submit } = useSubmit();
  return (
    <Action title="Send a connection request">
      <form
        class="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit(async () => {
            await api(`${base}/connection-request`, { method: 'POST', body: { platform, message } });
            await done('Connection request recorded.');
          });
        }}
      >
        <ProblemAlert problem={problem} fields={['platform', 'message']} />
        <Field label="Platform" name="platform" problem={problem}>
          {(a) => (
            <select {...a} value={platform} onChange={(e) => setPlatform(e.currentTarget.value)}>
              {PLATFORMS.map((p) => (
                <option key={p} value={p}>
                  {label(p)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Message" name="message" problem={problem} hint="Briefly restate your appreciation.">
          {(a) => <textarea {...a} rows={2} value={message} onInput={(e) => setMessage(e.currentTarget.value)} />}
        </Field>
        <button type="submit" disabled={busy}>
          Record the request
        </button>
      </form>
    </Action>
  );
}

function ConnectionAccepted({ base, done }: ActionProps) {
  const [at, setAt] = useState(localInput(new Date()));
  const { problem, busy, submit } = useSubmit();
  return (
    <Action title="They accepted the connection">
      <form
        class="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit(async () => {
            await api(`${base}/connection-request/accept`, { method: 'POST', body: { acceptedAt: instant(at) } });
            await done('Acceptance recorded.');
          });
        }}
      >
        <ProblemAlert problem={problem} fields={['acceptedAt']} />
        <Field label="Accepted at" name="acceptedAt" problem={problem}>
          {(a) => <input {...a} type="datetime-local" value={at} onInput={(e) => setAt(e.currentTarget.value)} />}
        </Field>
        <button type="submit" disabled={busy}>
          Record the acceptance
        </button>
      </form>
    </Action>
  );
}

function Reciprocity({ base, done }: ActionProps) {
  const [offer, setOffer] = useState('');
  const { problem, busy, submit } = useSubmit();
  return (
    <Action title="Offer help in return">
      <form
        class="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit(async () => {
            await api(`${base}/reciprocity`, { method: 'POST', body: { offer } });
            setOffer('');
            await done('Your offer is recorded.');
          });
        }}
      >
        <ProblemAlert problem={problem} fields={['offer']} />
        <Field label="Your offer" name="offer" problem={problem} hint='"How can I help you in return?" — e.g. beta-test their app.'>
          {(a) => <textarea {...a} rows={2} value={offer} onInput={(e) => setOffer(e.currentTarget.value)} />}
        </Field>
        <button type="submit" disabled={busy}>
          Record the offer
        </button>
      </form>
    </Action>
  );
}

function Touchpoint({ base, done }: ActionProps) {
  const [kind, setKind] = useState('ARTICLE_SHARED');
  const [note, setNote] = useState('');
  const [at, setAt] = useState(localInput(new Date()));
  const { problem, busy, submit } = useSubmit();
  return (
    <Action title="Log a touchpoint">
      <form
        class="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit(async () => {
            await api(`${base}/touchpoints`, {
              method: 'POST',
              body: { kind, note: note.trim() || undefined, at: instant(at) },
            });
            setNote('');
            await done('Touchpoint logged.');
          });
        }}
      >
        <ProblemAlert problem={problem} fields={['kind', 'note', 'at']} />
        <div class="two">
          <Field label="Kind" name="kind" problem={problem}>
            {(a) => (
              <select {...a} value={kind} onChange={(e) => setKind(e.currentTarget.value)}>
                {TOUCHPOINT_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {label(k)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="When" name="at" problem={problem}>
            {(a) => <input {...a} type="datetime-local" value={at} onInput={(e) => setAt(e.currentTarget.value)} />}
          </Field>
        </div>
        <Field label="Note" name="note" problem={problem} hint="Non-demanding: share, congratulate, update, check in.">
          {(a) => <input {...a} type="text" value={note} onInput={(e) => setNote(e.currentTarget.value)} />}
        </Field>
        <button type="submit" disabled={busy}>
          Log the touchpoint
        </button>
      </form>
    </Action>
  );
}

function Cadence({ base, done, current }: ActionProps & { current: number }) {
  const [everyDays, setEveryDays] = useState(String(current));
  const { problem, busy, submit } = useSubmit();
  return (
    <Action title="Set the cadence">
      <form
        class="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit(async () => {
            await api(`${base}/cadence`, {
              method: 'PUT',
              body: { everyDays: everyDays === '' ? null : Number(everyDays) },
            });
            await done('Cadence saved.');
          });
        }}
      >
        <ProblemAlert problem={problem} fields={['everyDays']} />
        <Field label="Keep in touch every (days)" name="everyDays" problem={problem} hint="7 to 365 days; 90 by default.">
          {(a) => (
            <input {...a} type="number" inputMode="numeric" value={everyDays} onInput={(e) => setEveryDays(e.currentTarget.value)} />
          )}
        </Field>
        <button type="submit" disabled={busy}>
          Save the cadence
        </button>
      </form>
    </Action>
  );
}

function OutcomeForm({ base, done }: ActionProps) {
  const [kind, setKind] = useState('REFERRAL');
  const [note, setNote] = useState('');
  const [at, setAt] = useState(localInput(new Date()));
  const { problem, busy, submit } = useSubmit();
  return (
    <Action title="Record an outcome">
      <form
        class="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit(async () => {
            await api(`${base}/outcomes`, {
              method: 'POST',
              body: { kind, note: note.trim() || undefined, at: instant(at) },
            });
            setNote('');
            await done('Outcome recorded.');
          });
        }}
      >
        <ProblemAlert problem={problem} fields={['kind', 'note', 'at']} />
        <div class="two">
          <Field label="What came of it" name="kind" problem={problem}>
            {(a) => (
              <select {...a} value={kind} onChange={(e) => setKind(e.currentTarget.value)}>
                {OUTCOME_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {label(k)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="When" name="at" problem={problem}>
            {(a) => <input {...a} type="datetime-local" value={at} onInput={(e) => setAt(e.currentTarget.value)} />}
          </Field>
        </div>
        <Field label="Note" name="note" problem={problem}>
          {(a) => <input {...a} type="text" value={note} onInput={(e) => setNote(e.currentTarget.value)} />}
        </Field>
        <button type="submit" disabled={busy}>
          Record the outcome
        </button>
      </form>
    </Action>
  );
}
