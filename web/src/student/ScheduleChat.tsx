import { useState } from 'preact/hooks';
import { api, eventually } from '../api';
import { Link, navigate } from '../router';
import type { Chat, Relationship } from '../types';
import { Field, ProblemAlert, useLoad, useSubmit } from '../ui';
import { CHAT_KINDS, instant, KIND_PURPOSE, label, localInput, SETTINGS } from '../words';

const FIELDS = ['kind', 'startsAt', 'durationMinutes', 'setting', 'location', 'purpose'];

function tomorrowAfternoon(): Date {
  const date = new Date();
  date.setDate(date.getDate() + 1);
  date.setHours(15, 0, 0, 0);
  return date;
}

/** Schedules an informal chat within a relationship. */
export function ScheduleChat({ relationshipId }: { relationshipId: string }) {
  const { data: relationship } = useLoad(
    () => api<Relationship>(`/api/v1/relationships/${encodeURIComponent(relationshipId)}`),
    [relationshipId],
  );
  const [kind, setKind] = useState('INFORMATIONAL_INTERVIEW');
  const [startsAt, setStartsAt] = useState(localInput(tomorrowAfternoon()));
  const [duration, setDuration] = useState('30');
  const [setting, setSetting] = useState('COFFEE_SHOP');
  const [location, setLocation] = useState('');
  const [purpose, setPurpose] = useState('');
  const { problem, busy, submit } = useSubmit();
  const minutes = Number(duration);
  const unusual = duration !== '' && Number.isFinite(minutes) && (minutes < 30 || minutes > 45);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    void submit(async () => {
      const scheduled = await api<{ chatId: string; notes: string[] }>('/api/v1/chats', {
        method: 'POST',
        body: {
          relationshipId,
          kind,
          startsAt: instant(startsAt),
          durationMinutes: duration === '' ? null : Number(duration),
          setting,
          location: location.trim() || undefined,
          purpose: purpose.trim() || undefined,
        },
      });
      await eventually(() => api<Chat>(`/api/v1/chats/${scheduled.chatId}`), () => true);
      navigate(`/chats/${scheduled.chatId}`);
    });
  };

  return (
    <section aria-labelledby="schedule-title">
      <p class="crumbs">
        <Link href={`/relationships/${relationshipId}`}>{relationship?.contact.name ?? 'Relationship'}</Link>
      </p>
      <h1 id="schedule-title">Schedule a chat{relationship ? ` with ${relationship.contact.name}` : ''}</h1>
      <p class="lead">A low-pressure, exploratory conversation: about mutual exchange, not evaluation. Attire: professional casual.</p>
      <form class="form" onSubmit={onSubmit} noValidate>
        <ProblemAlert problem={problem} fields={FIELDS} />
        <Field label="Kind of chat" name="kind" problem={problem} hint={KIND_PURPOSE[kind]}>
          {(a) => (
            <select {...a} value={kind} onChange={(e) => setKind(e.currentTarget.value)}>
              {CHAT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {label(k)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div class="two">
          <Field label="Starts at" name="startsAt" problem={problem} required>
            {(a) => <input {...a} type="datetime-local" value={startsAt} onInput={(e) => setStartsAt(e.currentTarget.value)} />}
          </Field>
          <Field
            label="Duration (minutes)"
            name="durationMinutes"
            problem={problem}
            required
            hint={
              unusual && minutes >= 15 && minutes <= 120
                ? 'Outside the usual 30–45 minutes: allowed, with a note; keep it short and agreed.'
                : '30–45 minutes is usual; 15–120 is allowed.'
            }
          >
            {(a) => (
              <input {...a} type="number" inputMode="numeric" value={duration} onInput={(e) => setDuration(e.currentTarget.value)} />
            )}
          </Field>
        </div>
        <div class="two">
          <Field label="Setting" name="setting" problem={problem}>
            {(a) => (
              <select {...a} value={setting} onChange={(e) => setSetting(e.currentTarget.value)}>
                {SETTINGS.map((s) => (
                  <option key={s} value={s}>
                    {label(s)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Location" name="location" problem={problem} hint="A café, a call link, an event hall…">
            {(a) => <input {...a} type="text" value={location} onInput={(e) => setLocation(e.currentTarget.value)} />}
          </Field>
        </div>
        <Field label="Purpose" name="purpose" problem={problem} hint="What you hope to learn.">
          {(a) => <textarea {...a} rows={2} value={purpose} onInput={(e) => setPurpose(e.currentTarget.value)} />}
        </Field>
        <div class="buttons">
          <button type="submit" disabled={busy}>
            {busy ? 'Scheduling…' : 'Schedule the chat'}
          </button>
        </div>
      </form>
    </section>
  );
}
