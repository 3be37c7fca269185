import { useState } from 'preact/hooks';
import { api } from '../api';
import { Action, Field, ProblemAlert, useSubmit } from '../ui';
import { instant } from '../words';
import type { Refresh } from './chatParts';

/** Reschedule, cancel, or record that the contact did not come. */
export function ChangeOfPlans({ path, refresh }: { path: string; refresh: Refresh }) {
  const [startsAt, setStartsAt] = useState('');
  const [duration, setDuration] = useState('');
  const [reason, setReason] = useState('');
  const reschedule = useSubmit();
  const cancel = useSubmit();
  const noShow = useSubmit();
  return (
    <section class="actions" aria-labelledby="manage-title">
      <h2 id="manage-title">Change of plans</h2>
      <Action title="Reschedule">
        <form
          class="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void reschedule.submit(async () => {
              const to = instant(startsAt);
              await api(`${path}/reschedule`, {
                method: 'POST',
                body: { startsAt: to, durationMinutes: duration === '' ? undefined : Number(duration) },
              });
              await refresh((c) => c.startsAt === to, 'Chat rescheduled.');
            });
          }}
        >
          <ProblemAlert problem={reschedule.problem} fields={['startsAt', 'durationMinutes']} />
          <div class="two">
            <Field label="New start" name="startsAt" problem={reschedule.problem}>
              {(a) => <input {...a} type="datetime-local" value={startsAt} onInput={(e) => setStartsAt(e.currentTarget.value)} />}
            </Field>
            <Field label="New duration (minutes)" name="durationMinutes" problem={reschedule.problem}>
              {(a) => (
                <input {...a} type="number" inputMode="numeric" value={duration} onInput={(e) => setDuration(e.currentTarget.value)} />
              )}
            </Field>
          </div>
          <button type="submit" disabled={reschedule.busy}>
            Reschedule
          </button>
        </form>
      </Action>
      <Action title="Cancel the chat">
        <form
          class="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void cancel.submit(async () => {
              await api(`${path}/cancel`, { method: 'POST', body: { reason } });
              await refresh((c) => c.status === 'CANCELLED', 'Chat cancelled.');
            });
          }}
        >
          <ProblemAlert problem={cancel.problem} fields={['reason']} />
          <Field label="Reason" name="reason" problem={cancel.problem}>
            {(a) => <input {...a} type="text" value={reason} onInput={(e) => setReason(e.currentTarget.value)} />}
          </Field>
          <button type="submit" disabled={cancel.busy}>
            Cancel the chat
          </button>
        </form>
      </Action>
      <Action title="They did not come">
        <ProblemAlert problem={noShow.problem} />
        <button
          type="button"
          disabled={noShow.busy}
          onClick={() =>
            void noShow.submit(async () => {
              await api(`${path}/no-show`, { method: 'POST' });
              await refresh((c) => c.status === 'NO_SHOW', 'Marked as a no-show.');
            })
          }
        >
          Mark as a no-show
        </button>
      </Action>
    </section>
  );
}
