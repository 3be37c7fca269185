import { useState } from 'preact/hooks';
import { api, eventually } from '../api';
import { Link } from '../router';
import type { Person } from '../types';
import { Empty, Field, LoadError, Loading, Notice, ProblemAlert, useLoad, useSubmit } from '../ui';

type People = { items: Person[] };

const load = () => api<People>('/api/v1/people');

/** The tenant's students and coaches: cohorts and coach assignment. */
export function People() {
  const { data, error, setData } = useLoad(load, []);
  if (error) return <LoadError error={error} />;
  if (!data) return <Loading what="people" />;
  const students = data.items.filter((p) => p.roles.includes('student'));
  const coaches = data.items.filter((p) => p.roles.includes('coach'));
  const saved = (people: People) => setData(people);
  return (
    <section aria-labelledby="people-title">
      <h1 id="people-title">People</h1>
      <p class="lead">
        Students and coaches appear here once they have signed in, or once they are assigned as a coach. To invite
        people, import a roster or deactivate someone, go to <Link href="/members">Members</Link>.
      </p>
      <h2>Students</h2>
      {students.length ? (
        <ul class="rows" aria-label="Students">
          {students.map((s) => (
            <li key={s.userId} class="row person" data-user={s.userId}>
              <div>
                <Link href={`/students/${s.userId}`} class="strong">
                  {s.name ?? s.username ?? s.userId}
                </Link>
                <div class="muted">{s.email ?? s.username}</div>
              </div>
              <Cohort student={s} onSaved={saved} />
              <Coach student={s} coaches={coaches} onSaved={saved} />
            </li>
          ))}
        </ul>
      ) : (
        <Empty title="No students have signed in yet." />
      )}
      <h2>Coaches</h2>
      {coaches.length ? (
        <ul class="list" aria-label="Coaches">
          {coaches.map((c) => (
            <li key={c.userId}>
              {c.name ?? c.username ?? c.userId}{' '}
              <span class="muted">
                — {students.filter((s) => s.coachId === c.userId).length} students
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <Empty title="No coaches yet." />
      )}
    </section>
  );
}

function Cohort({ student, onSaved }: { student: Person; onSaved: (p: People) => void }) {
  const [cohort, setCohort] = useState(student.cohort ?? '');
  const [notice, setNotice] = useState<string | null>(null);
  const { problem, busy, submit } = useSubmit();
  return (
    <form
      class="form compact"
      noValidate
      aria-label={`Cohort of ${student.name ?? student.username}`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit(async () => {
          await api(`/api/v1/students/${student.userId}/cohort`, { method: 'PUT', body: { cohort } });
          onSaved(await eventually(load, (p) => p.items.some((x) => x.userId === student.userId && x.cohort === cohort)));
          setNotice('Cohort saved.');
        });
      }}
    >
      <ProblemAlert problem={problem} fields={['cohort']} />
      <Field label="Cohort" name="cohort" problem={problem}>
        {(a) => <input {...a} type="text" value={cohort} onInput={(e) => setCohort(e.currentTarget.value)} />}
      </Field>
      <button type="submit" class="secondary" disabled={busy}>
        Enrol
      </button>
      <Notice text={notice} />
    </form>
  );
}

function Coach({ student, coaches, onSaved }: { student: Person; coaches: Person[]; onSaved: (p: People) => void }) {
  const [coachId, setCoachId] = useState(student.coachId ?? '');
  const [notice, setNotice] = useState<string | null>(null);
  const { problem, busy, submit } = useSubmit();
  return (
    <form
      class="form compact"
      noValidate
      aria-label={`Coach of ${student.name ?? student.username}`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit(async () => {
          await api(`/api/v1/students/${student.userId}/coach`, { method: 'PUT', body: { coachId } });
          onSaved(await eventually(load, (p) => p.items.some((x) => x.userId === student.userId && x.coachId === coachId)));
          setNotice('Coach assigned.');
        });
      }}
    >
      <ProblemAlert problem={problem} fields={['coachId']} />
      <Field label="Coach" name="coachId" problem={problem}>
        {(a) => (
          <select {...a} value={coachId} onChange={(e) => setCoachId(e.currentTarget.value)}>
            <option value="">No coach</option>
            {coaches.map((c) => (
              <option key={c.userId} value={c.userId}>
                {c.name ?? c.username ?? c.userId}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" class="secondary" disabled={busy}>
        Assign
      </button>
      <Notice text={notice} />
    </form>
  );
}
