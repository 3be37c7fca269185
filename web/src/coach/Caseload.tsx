import { api } from '../api';
import { Link } from '../router';
import type { Caseload as CaseloadView } from '../types';
import { Badge, Empty, LoadError, Loading, useLoad } from '../ui';
import { BADGES, label, when } from '../words';

/** The coach's students, who needs help first. */
export function Caseload() {
  const { data, error } = useLoad(() => api<CaseloadView>('/api/v1/coaches/me/caseload'), []);
  // in the server's order: who needs help first
  const students = data?.students ?? [];
  return (
    <section aria-labelledby="caseload-title">
      <h1 id="caseload-title">Your caseload</h1>
      <p class="lead">Your students, those who need help first.</p>
      <LoadError error={error} />
      {!data && !error ? <Loading what="your caseload" /> : null}
      {data && !students.length ? (
        <Empty title="No students are assigned to you yet.">
          <p>Your tenant admin assigns students to coaches.</p>
        </Empty>
      ) : null}
      {students.length ? (
        <>
          <div class="table-wrap">
            <table class="table caseload">
              <caption class="visually-hidden">Students, sorted by need</caption>
              <thead>
                <tr>
                  <th scope="col">Student</th>
                  <th scope="col">Needs</th>
                  <th scope="col">Last activity</th>
                  <th scope="col">Chats (30 days)</th>
                  <th scope="col">Upcoming</th>
                  <th scope="col">Overdue thank-yous</th>
                  <th scope="col">Cooling</th>
                  <th scope="col">Flagged questions</th>
                </tr>
              </thead>
              <tbody>
                {students.map((s) => (
                  <tr key={s.studentId} data-student={s.studentId}>
                    <th scope="row" data-label="Student">
                      <Link href={`/students/${s.studentId}`}>{s.name ?? s.studentId}</Link>
                      {s.cohort ? <div class="muted">{s.cohort}</div> : null}
                    </th>
                    <td data-label="Needs">
                      {s.badges.length ? (
                        s.badges.map((b) => (
                          <Badge key={b} tone={b === 'OVERDUE_THANK_YOU' ? 'danger' : 'warning'} title={BADGES[b]}>
                            {label(b)}
                          </Badge>
                        ))
                      ) : (
                        <Badge tone="ok">On track</Badge>
                      )}
                    </td>
                    <td data-label="Last activity">{when(s.lastActivityAt)}</td>
                    <td data-label="Chats (30 days)">{s.chatsLast30Days}</td>
                    <td data-label="Upcoming">{s.upcomingChats}</td>
                    <td data-label="Overdue thank-yous">{s.overdueThankYous}</td>
                    <td data-label="Cooling">{s.coolingRelationships}</td>
                    <td data-label="Flagged questions">{s.flaggedQuestions}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <section aria-labelledby="legend-title" class="legend">
            <h2 id="legend-title">What the badges mean</h2>
            <dl>
              {Object.entries(BADGES).map(([badge, meaning]) => (
                <div key={badge}>
                  <dt>{label(badge)}</dt>
                  <dd>{meaning}</dd>
                </div>
              ))}
            </dl>
          </section>
        </>
      ) : null}
    </section>
  );
}
