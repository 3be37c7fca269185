import { useState } from 'preact/hooks';
import { api, eventually } from '../api';
import { Link } from '../router';
import type { Relationship, TimelinePage } from '../types';
import { Badge, LoadError, Loading, Notice, Timeline, useLoad } from '../ui';
import { day, label, when } from '../words';
import { FollowUp } from './FollowUp';

type Loaded = { relationship: Relationship; timeline: TimelinePage };

/** One relationship: who, how it stands, its chats, what to do next, and its timeline. */
export function RelationshipPage({ id }: { id: string }) {
  const base = `/api/v1/relationships/${encodeURIComponent(id)}`;
  const load = async (): Promise<Loaded> => ({
    relationship: await api<Relationship>(base),
    timeline: await api<TimelinePage>(`${base}/timeline?limit=200`),
  });
  const { data, error, setData } = useLoad(() => eventually(load, () => true), [id]);
  const [notice, setNotice] = useState<string | null>(null);

  /** After a command: waits until the timeline shows it, then shows the new state. */
  const refresh = async (done: string) => {
    const before = data?.timeline.items.length ?? 0;
    const loaded = await eventually(load, (l) => l.timeline.items.length > before);
    setData(loaded);
    setNotice(done);
  };

  if (error) return <LoadError error={error} />;
  if (!data) return <Loading what="the relationship" />;
  const r = data.relationship;
  const chats = data.timeline.items.filter((e) => e.type === 'ChatScheduled' && e.chatId);

  return (
    <section aria-labelledby="rel-title">
      <div class="page-head">
        <div>
          <p class="crumbs">
            <Link href="/relationships">Relationships</Link>
          </p>
          <h1 id="rel-title">{r.contact.name}</h1>
          <p class="muted">{[r.contact.role, r.contact.company].filter(Boolean).join(' at ')}</p>
        </div>
        <div class="buttons">
          <Link class="button" href={`/relationships/${id}/schedule`}>
            Schedule a chat
          </Link>
        </div>
      </div>
      <Notice text={notice} />
      <div class="cards">
        <section class="card" aria-labelledby="summary-title">
          <h2 id="summary-title">How it stands</h2>
          <dl class="facts">
            <dt>Status</dt>
            <dd>
              <Badge tone={r.status === 'COOLING' ? 'warning' : 'ok'}>{label(r.status)}</Badge>{' '}
              {r.status === 'COOLING' ? (
                <span class="muted">No contact for longer than your cadence: a light touchpoint helps.</span>
              ) : null}
            </dd>
            <dt>Cadence</dt>
            <dd>every {r.cadenceDays} days</dd>
            <dt>Last contact</dt>
            <dd>{when(r.lastContactAt)}</dd>
            <dt>Next touchpoint due</dt>
            <dd>{day(r.nextTouchpointDue)}</dd>
            {r.howWeMet ? (
              <>
                <dt>How you met</dt>
                <dd>{r.howWeMet}</dd>
              </>
            ) : null}
            <dt>Connection</dt>
            <dd>
              {r.connection
                ? `${label(r.connection.platform)} request sent ${day(r.connection.requestedAt)}` +
                  (r.connection.acceptedAt ? `, accepted ${day(r.connection.acceptedAt)}` : ', not accepted yet')
                : 'not requested yet'}
            </dd>
            <dt>Help offered</dt>
            <dd>{r.reciprocityOffers.length ? r.reciprocityOffers.join('; ') : 'none yet'}</dd>
            <dt>Outcomes</dt>
            <dd>
              {r.outcomes.length
                ? r.outcomes.map((o) => `${label(o.kind)}${o.note ? ` (${o.note})` : ''}`).join('; ')
                : 'none yet'}
            </dd>
          </dl>
        </section>
        <section class="card" aria-labelledby="chats-title">
          <h2 id="chats-title">Chats</h2>
          {chats.length ? (
            <ul class="list">
              {chats.map((c) => (
                <li key={c.chatId}>
                  <Link href={`/chats/${c.chatId}`}>{c.sentence}</Link>
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">
              No chat yet. <Link href={`/relationships/${id}/schedule`}>Schedule one</Link>: 30–45 minutes, somewhere relaxed.
            </p>
          )}
        </section>
      </div>
      <section aria-labelledby="next-title" class="actions">
        <h2 id="next-title">Follow up and keep in touch</h2>
        <FollowUp base={base} done={refresh} relationship={r} />
      </section>
      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">Timeline</h2>
        <Timeline items={data.timeline.items} label={`Timeline with ${r.contact.name}`} />
      </section>
    </section>
  );
}

