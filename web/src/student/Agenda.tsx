import { api } from '../api';
import { Link } from '../router';
import type { Agenda as AgendaView, Me } from '../types';
import { Badge, Empty, LoadError, Loading, useLoad } from '../ui';
import { hours, label, when } from '../words';

/** The student's home: what is coming up and what is waiting for them. */
export function Agenda({ me }: { me: Me }) {
  const { data, error } = useLoad(
    () => api<AgendaView>(`/api/v1/students/${encodeURIComponent(me.userId)}/agenda`),
    [me.userId],
  );
  return (
    <section aria-labelledby="agenda-title">
      <div class="page-head">
        <h1 id="agenda-title">Your agenda</h1>
        <div class="buttons">
          <Link class="button" href="/relationships/new">
            Start a relationship
          </Link>
        </div>
      </div>
      <LoadError error={error} />
      {!data && !error ? <Loading what="your agenda" /> : null}
      {data ? <AgendaLists agenda={data} /> : null}
    </section>
  );
}

function AgendaLists({ agenda }: { agenda: AgendaView }) {
  const nothing =
    !agenda.upcomingChats.length &&
    !agenda.preparationGaps.length &&
    !agenda.thankYousDue.length &&
    !agenda.thankYousOverdue.length &&
    !agenda.touchpointsDue.length;
  if (nothing) {
    return (
      <Empty title="Nothing is waiting for you.">
        <p>
          Start a relationship with someone whose work interests you, then schedule a chat of 30–45
          minutes. <Link href="/relationships">See your relationships</Link>.
        </p>
      </Empty>
    );
  }
  return (
    <div class="cards">
      {agenda.thankYousOverdue.length || agenda.thankYousDue.length ? (
        <section class="card" aria-labelledby="thanks-title">
          <h2 id="thanks-title">Thank-yous to send</h2>
          <ul class="list">
            {agenda.thankYousOverdue.map((due) => (
              <li key={due.chatId}>
                <Link href={`/chats/${due.chatId}`}>Thank {due.contactName}</Link>{' '}
                <Badge tone="danger">Overdue</Badge>
                <span class="muted"> — met {when(due.heldAt)}; it is late now, but still worth sending.</span>
              </li>
            ))}
            {agenda.thankYousDue.map((due) => (
              <li key={due.chatId}>
                <Link href={`/chats/${due.chatId}`}>Thank {due.contactName}</Link>{' '}
                <Badge tone="warning">{hours(due.hoursLeft)} left</Badge>
                <span class="muted"> — due by {when(due.dueBy)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {agenda.upcomingChats.length ? (
        <section class="card" aria-labelledby="upcoming-title">
          <h2 id="upcoming-title">Upcoming chats</h2>
          <ul class="list">
            {agenda.upcomingChats.map((chat) => (
              <li key={chat.chatId}>
                <Link href={`/chats/${chat.chatId}`}>
                  {label(chat.kind)} with {chat.contactName}
                </Link>
                <span class="muted">
                  {' '}
                  — {when(chat.startsAt)}, {chat.durationMinutes} min, {label(chat.setting).toLowerCase()}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {agenda.preparationGaps.length ? (
        <section class="card" aria-labelledby="gaps-title">
          <h2 id="gaps-title">Preparation to finish</h2>
          <ul class="list">
            {agenda.preparationGaps.map((gap) => (
              <li key={gap.chatId}>
                <Link href={`/chats/${gap.chatId}`}>Prepare for {gap.contactName}</Link>
                <span class="muted">
                  {' '}
                  — {when(gap.startsAt)}:{' '}
                  {gap.missing
                    .map((m) =>
                      m === 'FLAGGED_QUESTIONS' ? 'rethink the flagged questions' : 'add ' + label(m),
                    )
                    .join(', ')}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {agenda.touchpointsDue.length ? (
        <section class="card" aria-labelledby="touch-title">
          <h2 id="touch-title">Keep in touch</h2>
          <ul class="list">
            {agenda.touchpointsDue.map((due) => (
              <li key={due.relationshipId}>
                <Link href={`/relationships/${due.relationshipId}`}>{due.contactName}</Link>{' '}
                {due.cooling ? <Badge tone="warning">Cooling</Badge> : null}
                <span class="muted"> — a touchpoint was due {when(due.dueAt)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
