import { useState } from 'preact/hooks';
import { api } from '../api';
import type { Agenda, Me } from '../types';
import { Badge, Field, FieldGroup, ProblemAlert, useLoad, useSubmit } from '../ui';
import { CHANNELS, hours, instant, label, localInput, when } from '../words';
import type { Part } from './chatParts';

/** The thank-you as sent, or the form to send it naming two or three points, with the hours left. */
export function ThankYou({ chat, path, refresh, me }: Part & { me: Me }) {
  const meeting = chat.meeting!;
  const sent = chat.thankYou;
  const { data: agenda } = useLoad(
    () => (sent ? Promise.resolve(null) : api<Agenda>(`/api/v1/students/${encodeURIComponent(me.userId)}/agenda`)),
    [chat.chatId, Boolean(sent)],
  );
  const [picked, setPicked] = useState<string[]>([]);
  const [channel, setChannel] = useState('EMAIL');
  const [message, setMessage] = useState('');
  const [sentAt, setSentAt] = useState(localInput(new Date()));
  const { problem, busy, submit } = useSubmit();

  if (sent) {
    const named = meeting.points.filter((p) => sent.referencedPointIds.includes(p.pointId));
    return (
      <section class="card" aria-labelledby="thanks-title">
        <h2 id="thanks-title">Thank-you</h2>
        <p>
          Sent by {label(sent.channel)} {when(sent.sentAt)}, {hours(sent.hoursAfterMeeting)} after the meeting{' '}
          {sent.onTime ? (
            <Badge tone="ok">On time</Badge>
          ) : (
            <Badge tone="warning" title={`More than ${sent.windowHours} hours after the meeting`}>
              Late
            </Badge>
          )}
        </p>
        <p>Naming: {named.map((p) => p.text).join('; ')}</p>
        <blockquote>{sent.message}</blockquote>
      </section>
    );
  }

  const due = [...(agenda?.thankYousDue ?? []), ...(agenda?.thankYousOverdue ?? [])].find((d) => d.chatId === chat.chatId);
  const fallbackLeft = 24 - (Date.now() - new Date(meeting.heldAt).getTime()) / 3600000;
  const left = due ? due.hoursLeft : fallbackLeft;
  const toggle = (id: string) => setPicked(picked.includes(id) ? picked.filter((p) => p !== id) : [...picked, id]);

  return (
    <section class="card" aria-labelledby="thanks-title">
      <h2 id="thanks-title">Send the thank-you</h2>
      <p class="deadline" data-hours-left={left.toFixed(1)}>
        {left > 0 ? (
          <>
            <Badge tone="warning">{hours(left)} left</Badge> A personal thank-you within{' '}
            {due ? 'the window' : '24 hours'} of the meeting, naming two or three points you discussed.
          </>
        ) : (
          <>
            <Badge tone="danger">Overdue</Badge> The window has passed: send it anyway; it will be marked late.
          </>
        )}
      </p>
      <form
        class="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit(async () => {
            await api(`${path}/thank-you`, {
              method: 'POST',
              body: { sentAt: instant(sentAt), channel, message, referencedPointIds: picked },
            });
            await refresh((c) => c.thankYou !== null, 'Thank-you sent.');
          });
        }}
      >
        <ProblemAlert problem={problem} fields={['referencedPointIds', 'channel', 'message', 'sentAt']} />
        <FieldGroup
          legend="Points to name"
          name="referencedPointIds"
          problem={problem}
          hint={`Pick two or three: ${picked.length} picked.`}
        >
          {meeting.points.map((p) => (
            <div class="check" key={p.pointId}>
              <input
                id={`point-${p.pointId}`}
                type="checkbox"
                checked={picked.includes(p.pointId)}
                onChange={() => toggle(p.pointId)}
              />
              <label for={`point-${p.pointId}`}>{p.text}</label>
            </div>
          ))}
        </FieldGroup>
        <div class="two">
          <Field label="Channel" name="channel" problem={problem}>
            {(a) => (
              <select {...a} value={channel} onChange={(e) => setChannel(e.currentTarget.value)}>
                {CHANNELS.map((c) => (
                  <option key={c} value={c}>
                    {label(c)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Sent at" name="sentAt" problem={problem}>
            {(a) => <input {...a} type="datetime-local" value={sentAt} onInput={(e) => setSentAt(e.currentTarget.value)} />}
          </Field>
        </div>
        <Field label="Message" name="message" problem={problem}>
          {(a) => <textarea {...a} rows={4} value={message} onInput={(e) => setMessage(e.currentTarget.value)} />}
        </Field>
        <button type="submit" disabled={busy}>
          {busy ? 'Sending…' : 'Record the thank-you'}
        </button>
      </form>
    </section>
  );
}

