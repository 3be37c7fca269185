import { useState } from 'preact/hooks';
import { api, eventually } from '../api';
import { Link } from '../router';
import type { Chat, Me } from '../types';
import { Badge, LoadError, Loading, Notice, useLoad } from '../ui';
import { label, when } from '../words';
import { Preparation } from './Preparation';
import { Meeting } from './Meeting';
import { ThankYou } from './ThankYou';
import { ChangeOfPlans } from './ChangeOfPlans';
import type { Refresh } from './chatParts';

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
      {open ? <ChangeOfPlans path={path} refresh={refresh} /> : null}
    </section>
  );
}

