import { useState } from 'preact/hooks';
import { api, eventually } from '../api';
import { Link } from '../router';
import type { Agenda, Chat, Me, Question } from '../types';
import { Action, Badge, Field, FieldGroup, LoadError, Loading, Notice, ProblemAlert, useLoad, useSubmit } from '../ui';
import { CHANNELS, hours, instant, label, localInput, QUESTION_FLAGS, RESEARCH_TOPICS, when } from '../words';

type Refresh = (ready: (chat: Chat) => boolean, message: string) => Promise<void>;

/** One chat: prepare, meet, log, thank. */
export function ChatPage({ id, me }: { id: string; me: Me }) {
  const path = `/api/v1/chats/${encodeURIComponent(id)}`;
  const { data: chat, error, setData } = useLoad(() => eventually(() => api<Chat>(path), () => true), [id]);
  const [notice, setNotice] = useState<string | null>(null);

  const refresh: Refresh = async (ready, message) => {
    setData(await eventually(() => api<Chat>(path), ready));
    setNotice(message);
  };

  if (error) return <LoadError error={error} />;
  if (!chat) return <Loading what="the chat" />;
  const open = chat.status === 'SCHEDULED';

  return (
    <section aria-labelledby="chat-title">
      <p class="crumbs">
        <Link href={`/relationships/${chat.relationshipId}`}>{chat.contactName}</Link>
      </p>
      <div class="page-head">
        <div>
          <h1 id="chat-title">
            {label(chat.kind)} with {chat.contactName}
          </h1>
          <p class="muted">
            {when(chat.startsAt)} · {chat.durationMinutes} minutes · {label(chat.setting)}
            {chat.location ? ` · ${chat.location}` : ''}
          </p>
        </div>
        <Badge tone={chat.status === 'HELD' ? 'ok' : chat.status === 'SCHEDULED' ? 'neutral' : 'warning'}>
          {label(chat.status)}
        </Badge>
      </div>
      <Notice text={notice} />
      {chat.purpose ? <p>Purpose: {chat.purpose}</p> : null}
      {chat.notes.length ? (
        <ul class="notes" aria-label="Notes on the schedule">
          {chat.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
      {chat.cancelReason ? <p>Cancelled: {chat.cancelReason}</p> : null}
      {chat.toDo.length ? (
        <section class="card todo" aria-labelledby="todo-title">
          <h2 id="todo-title">Still to do</h2>
          <ul class="list">
            {chat.toDo.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <Preparation chat={chat} path={path} refresh={refresh} open={open} />
      <Meeting chat={chat} path={path} refresh={refresh} />
      {chat.meeting ? <ThankYou chat={chat} path={path} refresh={refresh} me={me} /> : null}
      {open ? <Manage path={path} refresh={refresh} /> : null}
    </section>
  );
}

type Part = { chat: Chat; path: string; refresh: Refresh };

function Flags({ question }: { question: Question }) {
  if (!question.flags.length) return <Badge tone="ok">Open question</Badge>;
  return (
    <ul class="flags" aria-label="Why this question is flagged">
      {question.flags.map((flag) => (
        <li key={flag}>
          <Badge tone="warning">{QUESTION_FLAGS[flag]?.name ?? label(flag)}</Badge>{' '}
          <span class="flag-why">{QUESTION_FLAGS[flag]?.why ?? ''}</span>
        </li>
      ))}
    </ul>
  );
}

function Preparation({ chat, path, refresh, open }: Part & { open: boolean }) {
  const prep = chat.preparation;
  const notes = prep?.researchNotes ?? [];
  const questions = prep?.questions ?? [];
  return (
    <section class="card" aria-labelledby="prep-title">
      <h2 id="prep-title">Preparation</h2>
      <p class="muted">
        Research the person, then curate open questions about their career, lessons learned and the
        industry's challenges. Rapport flags questions about salary, openings or offers, and yes/no
        questions; it does not refuse them.
      </p>
      <h3>Research notes</h3>
      {notes.length ? (
        <ul class="list" aria-label="Research notes">
          {notes.map((n) => (
            <li key={n.noteId}>
              <Badge>{label(n.topic)}</Badge> {n.text}{' '}
              {n.sourceUrl ? (
                <a href={n.sourceUrl} target="_blank" rel="noopener noreferrer">
                  source
                </a>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">No research notes yet.</p>
      )}
      {open ? <ResearchNoteForm path={path} refresh={refresh} count={notes.length} /> : null}
      <h3>Questions</h3>
      {questions.length ? (
        <ol class="questions" aria-label="Prepared questions">
          {questions.map((q) => (
            <li key={q.questionId} class={q.flags.length ? 'question flagged' : 'question'}>
              <p>{q.text}</p>
              <Flags question={q} />
            </li>
          ))}
        </ol>
      ) : (
        <p class="muted">No questions yet; three or more open questions make a good chat.</p>
      )}
      {open ? <QuestionForm path={path} refresh={refresh} count={questions.length} /> : null}
    </section>
  );
}

function ResearchNoteForm({ path, refresh, count }: { path: string; refresh: Refresh; count: number }) {
  const [topic, setTopic] = useState('BACKGROUND');
  const [text, setText] = useState('');
  const [sourceUrl, setSourceUrl] = useState('');
  const { problem, busy, submit } = useSubmit();
  return (
    <form
      class="form inline-form"
      noValidate
      aria-label="Add a research note"
      onSubmit={(e) => {
        e.preventDefault();
        void submit(async () => {
          await api(`${path}/research-notes`, {
            method: 'POST',
            body: { topic, text, sourceUrl: sourceUrl.trim() || undefined },
          });
          setText('');
          setSourceUrl('');
          await refresh((c) => (c.preparation?.researchNotes.length ?? 0) > count, 'Research note added.');
        });
      }}
    >
      <ProblemAlert problem={problem} fields={['topic', 'text', 'sourceUrl']} />
      <div class="two">
        <Field label="Topic" name="topic" problem={problem}>
          {(a) => (
            <select {...a} value={topic} onChange={(e) => setTopic(e.currentTarget.value)}>
              {RESEARCH_TOPICS.map((t) => (
                <option key={t} value={t}>
                  {label(t)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Source URL" name="sourceUrl" problem={problem}>
          {(a) => <input {...a} type="url" value={sourceUrl} onInput={(e) => setSourceUrl(e.currentTarget.value)} />}
        </Field>
      </div>
      <Field label="Research note" name="text" problem={problem}>
        {(a) => <textarea {...a} rows={2} value={text} onInput={(e) => setText(e.currentTarget.value)} />}
      </Field>
      <button type="submit" disabled={busy}>
        Add the note
      </button>
    </form>
  );
}

function QuestionForm({ path, refresh, count }: { path: string; refresh: Refresh; count: number }) {
  const [text, setText] = useState('');
  const [flags, setFlags] = useState<string[] | null>(null);
  const { problem, busy, submit } = useSubmit();
  return (
    <form
      class="form inline-form"
      noValidate
      aria-label="Prepare a question"
      onSubmit={(e) => {
        e.preventDefault();
        void submit(async () => {
          const prepared = await api<{ questionId: string; flags: string[] }>(`${path}/questions`, {
            method: 'POST',
            body: { text },
          });
          setText('');
          setFlags(prepared.flags);
          await refresh(
            (c) => (c.preparation?.questions.length ?? 0) > count,
            prepared.flags.length
              ? `Question added, flagged: ${prepared.flags.map((f) => QUESTION_FLAGS[f]?.name ?? f).join(', ')}.`
              : 'Question added.',
          );
        });
      }}
    >
      <ProblemAlert problem={problem} fields={['text']} />
      <Field label="Question" name="text" problem={problem} hint='Open questions start with "how", "what" or "why".'>
        {(a) => <input {...a} type="text" value={text} onInput={(e) => setText(e.currentTarget.value)} />}
      </Field>
      <button type="submit" disabled={busy}>
        Add the question
      </button>
      {flags && flags.length ? (
        <p class="hint" aria-live="polite">
          Rapport flagged your last question; it is kept, but consider rephrasing it.
        </p>
      ) : null}
    </form>
  );
}

function Meeting({ chat, path, refresh }: Part) {
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

function ThankYou({ chat, path, refresh, me }: Part & { me: Me }) {
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

function Manage({ path, refresh }: { path: string; refresh: Refresh }) {
  const [startsAt, setStartsAt] = useState('');
  const [duration, setDuration] = useState('');
  const [reason, setReason] = useState('');
  const reschedule = useSubmit();
  const cancel = useSubmit();
  const noShow = useSubmit();
  return (
    <section class="actions" aria-labelledby="manage-title">
      <h2 id="manage-title">Change of plans</h2>
      <Action title="Reschedule">
        <form
          class="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void reschedule.submit(async () => {
              const to = instant(startsAt);
              await api(`${path}/reschedule`, {
                method: 'POST',
                body: { startsAt: to, durationMinutes: duration === '' ? undefined : Number(duration) },
              });
              await refresh((c) => c.startsAt === to, 'Chat rescheduled.');
            });
          }}
        >
          <ProblemAlert problem={reschedule.problem} fields={['startsAt', 'durationMinutes']} />
          <div class="two">
            <Field label="New start" name="startsAt" problem={reschedule.problem}>
              {(a) => <input {...a} type="datetime-local" value={startsAt} onInput={(e) => setStartsAt(e.currentTarget.value)} />}
            </Field>
            <Field label="New duration (minutes)" name="durationMinutes" problem={reschedule.problem}>
              {(a) => (
                <input {...a} type="number" inputMode="numeric" value={duration} onInput={(e) => setDuration(e.currentTarget.value)} />
              )}
            </Field>
          </div>
          <button type="submit" disabled={reschedule.busy}>
            Reschedule
          </button>
        </form>
      </Action>
      <Action title="Cancel the chat">
        <form
          class="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void cancel.submit(async () => {
              await api(`${path}/cancel`, { method: 'POST', body: { reason } });
              await refresh((c) => c.status === 'CANCELLED', 'Chat cancelled.');
            });
          }}
        >
          <ProblemAlert problem={cancel.problem} fields={['reason']} />
          <Field label="Reason" name="reason" problem={cancel.problem}>
            {(a) => <input {...a} type="text" value={reason} onInput={(e) => setReason(e.currentTarget.value)} />}
          </Field>
          <button type="submit" disabled={cancel.busy}>
            Cancel the chat
          </button>
        </form>
      </Action>
      <Action title="They did not come">
        <ProblemAlert problem={noShow.problem} />
        <button
          type="button"
          disabled={noShow.busy}
          onClick={() =>
            void noShow.submit(async () => {
              await api(`${path}/no-show`, { method: 'POST' });
              await refresh((c) => c.status === 'NO_SHOW', 'Marked as a no-show.');
            })
          }
        >
          Mark as a no-show
        </button>
      </Action>
    </section>
  );
}
