import { useState } from 'preact/hooks';
import { api, Problem, query } from '../api';
import type { AuditEntry, AuditVerification } from '../types';
import { Badge, Empty, LoadError, Loading, useLoad, useSubmit } from '../ui';
import { when } from '../words';

type AuditPage = { items: AuditEntry[]; nextCursor: string | null };
type Filters = { actorId: string; studentId: string; type: string; from: string; to: string };

function dayStart(value: string): string | undefined {
  return value ? new Date(value + 'T00:00:00').toISOString() : undefined;
}

function dayEnd(value: string): string | undefined {
  return value ? new Date(value + 'T23:59:59.999').toISOString() : undefined;
}

const APP_ROLES = ['student', 'coach', 'tenant-admin', 'platform-admin'];

/** The roles that mean something in Rapport (not Keycloak's defaults). */
function appRoles(roles: string[]): string[] {
  return roles.filter((role) => APP_ROLES.includes(role));
}

/** Shown while the server has no audit log: what it will hold, and that nothing is lost meanwhile. */
function NotYetAvailable() {
  return (
    <div class="empty" data-state="audit-unavailable">
      <p>
        <strong>The audit log is not available on this server yet.</strong>
      </p>
      <p>
        It will list every event of your institution with who did it, their roles, when, and a
        readable summary, and "Verify" will recompute its tamper-evident hash chain. Every event is
        already kept in the event store, so the log will cover everything from the start.
      </p>
    </div>
  );
}

/** Every event of the tenant, filtered, and the check that the chain of entries is intact. */
export function Audit() {
  const [filters, setFilters] = useState<Filters>({ actorId: '', studentId: '', type: '', from: '', to: '' });
  const [applied, setApplied] = useState<Filters>(filters);
  const [extra, setExtra] = useState<AuditEntry[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const params = {
    actorId: applied.actorId.trim(),
    studentId: applied.studentId.trim(),
    type: applied.type.trim(),
    from: dayStart(applied.from),
    to: dayEnd(applied.to),
  };
  const { data, error } = useLoad(async () => {
    const page = await api<AuditPage>('/api/v1/audit' + query({ ...params, limit: '25' }));
    setExtra([]);
    setCursor(page.nextCursor);
    return page;
  }, [JSON.stringify(applied)]);
  const verify = useSubmit();
  const [verification, setVerification] = useState<AuditVerification | null>(null);
  const more = useSubmit();
  const missing = error instanceof Problem && error.status === 404;

  return (
    <section aria-labelledby="audit-title">
      <div class="page-head">
        <h1 id="audit-title">Audit log</h1>
        <div class="buttons">
          <button
            type="button"
            disabled={verify.busy}
            onClick={() =>
              void verify.submit(async () => {
                setVerification(null);
                setVerification(await api<AuditVerification>('/api/v1/audit/verify'));
              })
            }
          >
            {verify.busy ? 'Verifying…' : 'Verify'}
          </button>
        </div>
      </div>
      <div aria-live="polite" class="verification">
        {verification ? (
          verification.valid ? (
            <p class="notice ok" data-valid="true">
              <Badge tone="ok">Intact</Badge> All {verification.entries} entries verified: the chain is unbroken.
              {verification.unsignedEntries
                ? ` ${verification.unsignedEntries} early entries predate signing and were checked by their hashes.`
                : ''}
            </p>
          ) : (
            <p class="alert" data-valid="false">
              <Badge tone="danger">Broken</Badge> The chain breaks at entry #{verification.firstBrokenAt} (
              {verification.entries} entries checked): an entry was changed, removed or moved.
            </p>
          )
        ) : null}
        {verify.problem ? (
          verify.problem.status === 404 ? (
            <p class="notice info" data-state="verify-unavailable">
              Verification is not available on this server yet.
            </p>
          ) : (
            <LoadError error={verify.problem} />
          )
        ) : null}
      </div>
      {missing ? null : (
      <form
        class="filters"
        aria-label="Filter the audit log"
        onSubmit={(e) => {
          e.preventDefault();
          setApplied(filters);
        }}
      >
        <div class="three">
          {(
            [
              ['actorId', 'Actor id', 'text'],
              ['studentId', 'Student id', 'text'],
              ['type', 'Event type', 'text'],
              ['from', 'From', 'date'],
              ['to', 'To', 'date'],
            ] as const
          ).map(([key, caption, type]) => (
            <div class="field" key={key}>
              <label for={`audit-${key}`}>{caption}</label>
              <input
                id={`audit-${key}`}
                type={type}
                value={filters[key]}
                onInput={(e) => setFilters({ ...filters, [key]: e.currentTarget.value })}
              />
            </div>
          ))}
        </div>
        <button type="submit" class="secondary">
          Apply filters
        </button>
      </form>
      )}
      {missing ? <NotYetAvailable /> : <LoadError error={error} />}
      {!data && !error ? <Loading what="the audit log" /> : null}
      {data && !data.items.length ? <Empty title="No entries match." /> : null}
      {data && data.items.length ? (
        <div class="table-wrap">
          <table class="table">
            <caption class="visually-hidden">Audit entries, newest first</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">When</th>
                <th scope="col">What</th>
                <th scope="col">Who</th>
                <th scope="col">Request</th>
              </tr>
            </thead>
            <tbody>
              {[...data.items, ...extra].map((entry) => (
                <tr key={entry.sequence} data-type={entry.type}>
                  <td data-label="#">{entry.sequence}</td>
                  <td data-label="When">{when(entry.at)}</td>
                  <td data-label="What">
                    <div>
                      {entry.category === 'SECURITY' ? <Badge tone="danger">Denied</Badge> : null}
                      {entry.summary}
                    </div>
                    <div class="muted">{entry.type}</div>
                  </td>
                  <td data-label="Who">
                    <code>{entry.actorId ?? 'no valid token'}</code>
                    {appRoles(entry.roles).length ? <div class="muted">{appRoles(entry.roles).join(', ')}</div> : null}
                  </td>
                  <td data-label="Request">
                    <code title={entry.correlationId ?? undefined}>{(entry.correlationId ?? '').slice(0, 8)}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {cursor ? (
        <button
          type="button"
          class="secondary"
          disabled={more.busy}
          onClick={() =>
            void more.submit(async () => {
              const page = await api<AuditPage>('/api/v1/audit' + query({ ...params, cursor, limit: '25' }));
              setExtra([...extra, ...page.items]);
              setCursor(page.nextCursor);
            })
          }
        >
          Show more
        </button>
      ) : null}
    </section>
  );
}
