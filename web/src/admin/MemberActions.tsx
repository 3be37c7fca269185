import { useEffect, useRef, useState } from 'preact/hooks';
import { api, eventually } from '../api';
import type { Me, Member } from '../types';
import { ProblemAlert, useSubmit } from '../ui';

type Props = {
  member: Member;
  me: Me;
  name: string;
  /** Called with the member as the read model has them after the change, and a confirmation. */
  changed: (member: Member, message: string) => void;
};

/** Deactivate a member (asked to confirm first), or reactivate them. */
export function MemberActions({ member, me, name, changed }: Props) {
  const [confirming, setConfirming] = useState(false);
  const { problem, busy, submit } = useSubmit();
  const confirm = useRef<HTMLButtonElement>(null);
  const ask = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  useEffect(() => {
    if (confirming) confirm.current?.focus();
    else if (asked.current) ask.current?.focus();
  }, [confirming]);

  if (member.userId === me.userId) return <span class="muted">You</span>;

  const act = (verb: 'deactivate' | 'reactivate') =>
    submit(async () => {
      await api(`/api/v1/members/${encodeURIComponent(member.userId)}/${verb}`, { method: 'POST' });
      const after = await eventually(
        () => api<Member>(`/api/v1/members/${encodeURIComponent(member.userId)}`),
        (m) => (verb === 'deactivate' ? m.status === 'DEACTIVATED' : m.status !== 'DEACTIVATED'),
      );
      setConfirming(false);
      changed(
        after,
        verb === 'deactivate'
          ? `${name} is deactivated: they can no longer sign in.`
          : `${name} is reactivated and can sign in again.`,
      );
    });

  return (
    <div class="member-actions">
      <ProblemAlert problem={problem} />
      {member.status === 'DEACTIVATED' ? (
        <button
          type="button"
          class="secondary"
          ref={ask}
          aria-label={`Reactivate ${name}`}
          disabled={busy}
          onClick={() => void act('reactivate')}
        >
          Reactivate
        </button>
      ) : confirming ? (
        <div
          class="confirm"
          role="group"
          aria-labelledby={`confirm-${member.userId}`}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setConfirming(false);
          }}
        >
          <p id={`confirm-${member.userId}`}>
            Deactivate {name}? They can no longer sign in, and a session already open ends within a minute. What they
            did is kept, and you can reactivate them.
          </p>
          <div class="buttons">
            <button type="button" class="danger" ref={confirm} disabled={busy} onClick={() => void act('deactivate')}>
              {busy ? 'Deactivating…' : 'Yes, deactivate'}
            </button>
            <button type="button" class="secondary" disabled={busy} onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          class="secondary"
          ref={ask}
          aria-label={`Deactivate ${name}`}
          onClick={() => {
            asked.current = true;
            setConfirming(true);
          }}
        >
          Deactivate
        </button>
      )}
    </div>
  );
}
