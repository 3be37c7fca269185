import { useState } from 'preact/hooks';
import { api } from '../api';
import type { Question } from '../types';
import { Badge, Field, ProblemAlert, useSubmit } from '../ui';
import { label, QUESTION_FLAGS, RESEARCH_TOPICS } from '../words';
import type { Part, Refresh } from './chatParts';

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

/** Research notes and questions, with the flags explained. */
export function Preparation({ chat, path, refresh, open }: Part & { open: boolean }) {
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

