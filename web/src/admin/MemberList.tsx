import { useRef, useState } from 'preact/hooks';
import { api, eventually, query } from '../api';
import { Link } from '../router';
import type { Me, Member, MemberPage } from '../types';
import { Badge, Empty, LoadError, Loading, Notice, ProblemAlert, useLoad, useSubmit } from '../ui';
import { label, MEMBER_ROLES, MEMBER_STATUS_MEANING, MEMBER_STATUSES } from '../words';
import { MemberActions } from './MemberActions';

/** A member's name, or their e-mail address when the list has no name; null when it has neither. */
function known(member: Member): string | null {
  return [member.firstName, member.lastName].filter(Boolean).join(' ') || member.email || null;
}

/** A member's name as the list shows it: their e-mail address, or their id, when it has no name. */
export function fullName(member: Member): string {
  return known(member) ?? member.userId;
}

type Filters = { role: string; status: string; cohort: string; q: string };
const NO_FILTERS: Filters = { role: '', status: '', cohort: '', q: '' };
const PAGE = '25';

/** After a change, the e-mail addresses the list should show once its read model has them. */
export type Refresh = { version: number; emails: string[] };

/** The members as the filters select them, a page at a time, each with what may be done to them. */
export function MemberList({ me, coaches, refresh }: { me: Me; coaches: Member[]; refresh: Refresh }) {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [applied, setApplied] = useState<Filters>(NO_FILTERS);
  // every "Apply filters" asks again, even with the same filters: the list may have changed since
  const [asked, setAsked] = useState(0);
  const [items, setItems] = useState<Member[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const page = (after: string | null) =>
    api<MemberPage>(
      '/api/v1/members' +
        query({
          role: applied.role,
          status: applied.status,
          cohort: applied.cohort.trim(),
          q: applied.q.trim(),
          cursor: after,
          limit: PAGE,
        }),
    );
  // a change is waited for once, by the load that follows it, not by later ones
  const waited = useRef(0);
  const { data, error } = useLoad(async () => {
    const expected = refresh.version !== waited.current ? refresh.emails : [];
    waited.current = refresh.version;
    const shows = (p: MemberPage) => p.items.some((m) => expected.includes((m.email ?? '').toLowerCase()));
    const first = expected.length ? await eventually(() => page(null), shows, 6000) : await page(null);
    setItems(first.items);
    setCursor(first.nextCursor);
    return first;
  }, [JSON.stringify(applied), asked, refresh.version]);
  const more = useSubmit();
  // a coach who never signed in may be known by their id alone: then only "assigned" is said
  const coachName = new Map<string, string>();
  for (const coach of coaches) {
    const name = known(coach);
    if (name) coachName.set(coach.userId, name);
  }
  const changed = (member: Member, message: string) => {
    setItems((current) => current.map((m) => (m.userId === member.userId ? member : m)));
    setNotice(message);
  };
  const filtered = JSON.stringify(applied) !== JSON.stringify(NO_FILTERS);

  return (
    <section aria-labelledby="member-list-title">
      <h2 id="member-list-title">Member list</h2>
      <form
        class="filters"
        aria-label="Filter the members"
        onSubmit={(e) => {
          e.preventDefault();
          setApplied(filters);
          setAsked((n) => n + 1);
        }}
      >
        <div class="four">
          <div class="field">
            <label for="members-role">Role</label>
            <select id="members-role" value={filters.role} onChange={(e) => setFilters({ ...filters, role: e.currentTarget.value })}>
              <option value="">Any role</option>
              {MEMBER_ROLES.map((r) => (
                <option key={r} value={r}>
                  {label(r)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="members-status">Status</label>
            <select id="members-status" value={filters.status} onChange={(e) => setFilters({ ...filters, status: e.currentTarget.value })}>
              <option value="">Any status</option>
              {MEMBER_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {label(s)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="members-cohort">Cohort</label>
            <input id="members-cohort" type="text" value={filters.cohort} onInput={(e) => setFilters({ ...filters, cohort: e.currentTarget.value })} />
          </div>
          <div class="field">
            <label for="members-q">Name or e-mail</label>
            <input id="members-q" type="search" maxLength={100} value={filters.q} onInput={(e) => setFilters({ ...filters, q: e.currentTarget.value })} />
          </div>
        </div>
        <div class="buttons">
          <button type="submit" class="secondary">
            Apply filters
          </button>
          {filtered ? (
            <button
              type="button"
              class="link"
              onClick={() => {
                setFilters(NO_FILTERS);
                setApplied(NO_FILTERS);
              }}
            >
              Clear filters
            </button>
          ) : null}
        </div>
      </form>
      <Notice text={notice} />
      <LoadError error={error} />
      {!data && !error ? <Loading what="the members" /> : null}
      {data && !items.length ? <Empty title={filtered ? 'No members match.' : 'No members yet.'} /> : null}
      {data && items.length ? (
        <div class="table-wrap">
          <table class="table members">
            <caption class="visually-hidden">Members{filtered ? ', filtered' : ''}</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                <th scope="col">Cohort</th>
                <th scope="col">Coach</th>
                <th scope="col">
                  <span class="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((m) => (
                <tr key={m.userId} data-user={m.userId} data-email={m.email ?? undefined} data-status={m.status}>
                  <th scope="row" data-label="Name">
                    {m.role === 'STUDENT' ? (
                      <Link href={`/students/${m.userId}`}>{fullName(m)}</Link>
                    ) : known(m) ? (
                      fullName(m)
                    ) : (
                      <span class="muted" title="Known by their account's id until they sign in">
                        {m.userId}
                      </span>
                    )}
                    {m.email && fullName(m) !== m.email ? <div class="muted">{m.email}</div> : null}
                  </th>
                  <td data-label="Role">{label(m.role)}</td>
                  <td data-label="Status">
                    <Badge tone={m.status === 'ACTIVE' ? 'ok' : m.status === 'DEACTIVATED' ? 'danger' : 'neutral'} title={MEMBER_STATUS_MEANING[m.status]}>
                      {label(m.status)}
                    </Badge>
                  </td>
                  <td data-label="Cohort">{m.cohort ?? '—'}</td>
                  <td data-label="Coach">{m.coachId ? (coachName.get(m.coachId) ?? 'Assigned') : '—'}</td>
                  <td data-label="Actions">
                    <MemberActions member={m} me={me} name={fullName(m)} changed={changed} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <ProblemAlert problem={more.problem} />
      {cursor ? (
        <button
          type="button"
          class="secondary more"
          disabled={more.busy}
          onClick={() =>
            void more.submit(async () => {
              const next = await page(cursor);
              setItems((current) => [...current, ...next.items.filter((m) => !current.some((c) => c.userId === m.userId))]);
              setCursor(next.nextCursor);
            })
          }
        >
          {more.busy ? 'Loading…' : 'Show more'}
        </button>
      ) : null}
    </section>
  );
}
