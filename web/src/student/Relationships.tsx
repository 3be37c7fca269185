import { api } from '../api';
import { Link } from '../router';
import type { Relationship } from '../types';
import { Badge, Empty, LoadError, Loading, useLoad } from '../ui';
import { day } from '../words';

/** The student's relationships, those needing contact first. */
export function Relationships() {
  const { data, error } = useLoad(
    () => api<{ items: Relationship[] }>('/api/v1/relationships'),
    [],
  );
  return (
    <section aria-labelledby="relationships-title">
      <div class="page-head">
        <h1 id="relationships-title">Relationships</h1>
        <div class="buttons">
          <Link class="button" href="/relationships/new">
            Start a relationship
          </Link>
        </div>
      </div>
      <LoadError error={error} />
      {!data && !error ? <Loading what="relationships" /> : null}
      {data && !data.items.length ? (
        <Empty title="No relationships yet.">
          <p>Every long relationship starts with one chat. Add the person you would like to meet.</p>
        </Empty>
      ) : null}
      {data && data.items.length ? (
        <ul class="rows" aria-label="Your relationships">
          {data.items.map((r) => (
            <li key={r.relationshipId} class="row">
              <div>
                <Link href={`/relationships/${r.relationshipId}`} class="strong">
                  {r.contact.name}
                </Link>
                <div class="muted">{[r.contact.role, r.contact.company].filter(Boolean).join(' at ')}</div>
              </div>
              <div>
                <Badge tone={r.status === 'COOLING' ? 'warning' : 'ok'}>{r.status === 'COOLING' ? 'Cooling' : 'Active'}</Badge>
              </div>
              <div class="muted">
                Last contact {day(r.lastContactAt)} · next touchpoint {day(r.nextTouchpointDue)}
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
