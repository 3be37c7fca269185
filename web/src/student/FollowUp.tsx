import { useState } from 'preact/hooks';
import { api } from '../api';
import type { Relationship } from '../types';
import { Action, Field, ProblemAlert, useSubmit } from '../ui';
import { instant, label, localInput, OUTCOME_KINDS, PLATFORMS, TOUCHPOINT_KINDS } from '../words';

// Following up on a relationship: connect, help in return, keep in touch, record what came of it.

/** Where the relationship is, and what to do once a command went through. */
type ActionProps = { base: string; done: (message: string) => Promise<void> };

export function ConnectionRequest({ base, done, relationship }: ActionProps & { relationship: Relationship }) {
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

export function ConnectionAccepted({ base, done }: ActionProps) {
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

export function Reciprocity({ base, done }: ActionProps) {
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

export function Touchpoint({ base, done }: ActionProps) {
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

export function Cadence({ base, done, current }: ActionProps & { current: number }) {
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

export function OutcomeForm({ base, done }: ActionProps) {
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
