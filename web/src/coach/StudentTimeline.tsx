import { useEffect, useRef, useState } from 'preact/hooks';
import { api, query } from '../api';
import type { CaseloadStudent, Me, Person, Relationship, TimelineEntry, TimelinePage } from '../types';
import { Field, LoadError, Notice, ProblemAlert, Timeline, useLoad, useSubmit } from '../ui';
import { TIMELINE_TYPES, typeLabel } from '../words';
import { follow, POLL_MS } from './live';

type Filters = { types: string[]; relationshipId: string; from: string; to: string };

function dayStart(value: string): string | undefined {
  return value ? new Date(value + 'T00:00:00').toISOString() : undefined;
}

function dayEnd(value: string): string | undefined {
  return value ? new Date(value + 'T23:59:59.999').toISOString() : undefined;
}

/** Entries of both lists, each once, newest first. */
function merged(shown: TimelineEntry[], more: TimelineEntry[]): TimelineEntry[] {
  const byId = new Map<string, TimelineEntry>();
  for (const entry of [...shown, ...more]) byId.set(entry.id, entry);
  return [...byId.values()].sort((a, b) =>
    a.at === b.at ? b.position - a.position : a.at < b.at ? 1 : -1,
  );
}

/** Entries shown that came from the stream after the page was read (newer than its newest). */
function streamedSince(shown: TimelinePage | null, loaded: TimelinePage): TimelineEntry[] {
  if (!shown) return [];
  const newest = Math.max(-1, ...loaded.items.map((e) => e.position));
  return shown.items.filter((e) => e.position > newest);
}

/** Whose timeline this is, in words: from the coach's caseload or the admin's people. */
function useStudentName(me: Me, studentId: string): string | null {
  const { data } = useLoad(async () => {
    if (studentId === me.userId) return me.name;
    if (me.roles.includes('coach')) {
      const caseload = await api<{ students: CaseloadStudent[] }>('/api/v1/coaches/me/caseload');
      const found = caseload.students.find((s) => s.studentId === studentId);
      if (found) return found.name;
    }
    if (me.roles.includes('tenant-admin')) {
      const people = await api<{ items: Person[] }>('/api/v1/people?role=student');
      return people.items.find((p) => p.userId === studentId)?.name ?? null;
    }
    return null;
  }, [studentId]);
  return data ?? null;
}

/** A student's timeline with filters, live; coaches and tenant admins add notes to it. */
export function StudentTimeline({ me, studentId }: { me: Me; studentId: string }) {
  const own = studentId === me.userId;
  const name = useStudentName(me, studentId);
  const [filters, setFilters] = useState<Filters>({ types: [], relationshipId: '', from: '', to: '' });
  const [page, setPage] = useState<TimelinePage | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);
  const [mode, setMode] = useState<'stream' | 'polling' | 'connecting'>('connecting');
  const loadRef = useRef<() => Promise<void>>(async () => {});
  const { data: relationships } = useLoad(
    () => api<{ items: Relationship[] }>(`/api/v1/relationships${query({ studentId })}`),
    [studentId],
  );

  const path =
    `/api/v1/students/${encodeURIComponent(studentId)}/timeline` +
    query({
      types: filters.types,
      relationshipId: filters.relationshipId,
      from: dayStart(filters.from),
      to: dayEnd(filters.to),
      limit: '100',
    });

  const latest = useRef<number | null>(null);
  const remember = (entries: TimelineEntry[]) => {
    for (const entry of entries) {
      if (latest.current === null || entry.position > latest.current) latest.current = entry.position;
    }
  };

  loadRef.current = async () => {
    try {
      const loaded = await api<TimelinePage>(path);
      remember(loaded.items);
      setPage((shown) => ({ ...loaded, items: merged(loaded.items, streamedSince(shown, loaded)) }));
      setError(null);
      setUpdatedAt(new Date());
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    }
  };

  useEffect(() => {
    latest.current = null;
    setPage(null);
    void loadRef.current();
    const controller = new AbortController();
    let timer: number | undefined;
    const stopPolling = () => {
      if (timer) window.clearInterval(timer);
      timer = undefined;
    };
    const matches = (entry: TimelineEntry) => {
      const from = dayStart(filters.from);
      const to = dayEnd(filters.to);
      return (
        (filters.types.length === 0 || filters.types.includes(entry.type)) &&
        (!filters.relationshipId || filters.relationshipId === entry.relationshipId) &&
        (!from || entry.at >= from) &&
        (!to || entry.at < to)
      );
    };
    let openedWithout = false;
    void follow(
      studentId,
      {
        lastEventId: () => {
          openedWithout = latest.current === null;
          return latest.current === null ? null : String(latest.current);
        },
        onOpen: () => {
          setMode('stream');
          stopPolling();
          // without a Last-Event-ID the stream starts now: read what came before it
          if (openedWithout) void loadRef.current();
        },
        onEntry: (entry) => {
          remember([entry]);
          if (matches(entry)) {
            setPage((shown) =>
              shown ? { ...shown, items: merged(shown.items, [entry]) } : { items: [entry], nextCursor: null },
            );
          }
          setUpdatedAt(new Date());
        },
        onDown: () => {
          // no stream, or it is down: keep the page live by asking again every few seconds
          setMode('polling');
          if (!timer) timer = window.setInterval(() => void loadRef.current(), POLL_MS);
        },
      },
      controller.signal,
    );
    return () => {
      controller.abort();
      stopPolling();
    };
  }, [path]);

  const toggleType = (type: string) =>
    setFilters({
      ...filters,
      types: filters.types.includes(type) ? filters.types.filter((t) => t !== type) : [...filters.types, type],
    });

  return (
    <section aria-labelledby="student-timeline-title">
      <h1 id="student-timeline-title">{own ? 'Your timeline' : `${name ?? 'Student'}'s timeline`}</h1>
      <p class="live" role="status" aria-live="off">
        <span class="dot" aria-hidden="true"></span> Live{' '}
        {mode === 'stream'
          ? '(streaming)'
          : mode === 'polling'
            ? `(refreshing every ${POLL_MS / 1000} s)`
            : '(connecting)'}
        {updatedAt ? ` · updated ${updatedAt.toLocaleTimeString()}` : ''}
      </p>
      {!own && (me.roles.includes('coach') || me.roles.includes('tenant-admin')) ? (
        <CoachNote studentId={studentId} onAdded={() => void loadRef.current()} />
      ) : null}
      <form class="filters" aria-label="Filter the timeline" onSubmit={(e) => e.preventDefault()}>
        <fieldset class="group types">
          <legend>Types</legend>
          {TIMELINE_TYPES.map((type) => (
            <div class="check" key={type}>
              <input
                id={`type-${type}`}
                type="checkbox"
                checked={filters.types.includes(type)}
                onChange={() => toggleType(type)}
              />
              <label for={`type-${type}`}>{typeLabel(type)}</label>
            </div>
          ))}
        </fieldset>
        <div class="three">
          <div class="field">
            <label for="filter-relationship">Relationship</label>
            <select
              id="filter-relationship"
              value={filters.relationshipId}
              onChange={(e) => setFilters({ ...filters, relationshipId: e.currentTarget.value })}
            >
              <option value="">All relationships</option>
              {(relationships?.items ?? []).map((r) => (
                <option key={r.relationshipId} value={r.relationshipId}>
                  {r.contact.name}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="filter-from">From</label>
            <input id="filter-from" type="date" value={filters.from} onInput={(e) => setFilters({ ...filters, from: e.currentTarget.value })} />
          </div>
          <div class="field">
            <label for="filter-to">To</label>
            <input id="filter-to" type="date" value={filters.to} onInput={(e) => setFilters({ ...filters, to: e.currentTarget.value })} />
          </div>
        </div>
        <button
          type="button"
          class="secondary"
          onClick={() => setFilters({ types: [], relationshipId: '', from: '', to: '' })}
        >
          Clear filters
        </button>
      </form>
      <LoadError error={error} />
      {page ? <Timeline items={page.items} label={`Timeline of ${name ?? 'the student'}`} /> : null}
    </section>
  );
}

function CoachNote({ studentId, onAdded }: { studentId: string; onAdded: () => void }) {
  const [text, setText] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const { problem, busy, submit } = useSubmit();
  return (
    <form
      class="form card"
      noValidate
      aria-label="Add a coach note"
      onSubmit={(e) => {
        e.preventDefault();
        void submit(async () => {
          await api(`/api/v1/students/${encodeURIComponent(studentId)}/coach-notes`, {
            method: 'POST',
            body: { text },
          });
          setText('');
          setNotice('Note added; it appears on the timeline in a moment.');
          onAdded();
        });
      }}
    >
      <ProblemAlert problem={problem} fields={['text']} />
      <Field label="Coach note" name="text" problem={problem} hint="The student sees your note on their timeline.">
        {(a) => <textarea {...a} rows={2} value={text} onInput={(e) => setText(e.currentTarget.value)} />}
      </Field>
      <button type="submit" disabled={busy}>
        Add the note
      </button>
      <Notice text={notice} />
    </form>
  );
}
