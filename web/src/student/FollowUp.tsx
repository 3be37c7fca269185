import { CommandForm } from '../CommandForm';
import { optionalText, wholeNumber, type Command, type Draft, type FieldSpec } from '../command';
import type { Relationship, RequestBody } from '../types';
import { instant, localInput, OUTCOME_KINDS, PLATFORMS, TOUCHPOINT_KINDS } from '../words';

// Following up on a relationship: connect, help in return, keep in touch, record what came of it.

const when = (name: string, label: string): FieldSpec => ({
  name,
  label,
  control: 'datetime-local',
  initial: localInput(new Date()),
});

export function connectionRequest(relationship: Relationship): Command<Draft<RequestBody<'ConnectionRequest'>>> {
  return {
    title: 'Send a connection request',
    method: 'POST',
    path: '/connection-request',
    rows: [
      { name: 'platform', label: 'Platform', control: 'select', options: PLATFORMS, initial: 'LINKEDIN' },
      {
        name: 'message',
        label: 'Message',
        control: 'textarea',
        hint: 'Briefly restate your appreciation.',
        initial: `Thank you again for the chat, ${relationship.contact.name.split(' ')[0]}!`,
      },
    ],
    body: (v) => ({ platform: v.platform as RequestBody<'ConnectionRequest'>['platform'], message: v.message }),
    submit: 'Record the request',
    done: 'Connection request recorded.',
  };
}

export function connectionAccepted(): Command<Draft<RequestBody<'Acceptance'>>> {
  return {
    title: 'They accepted the connection',
    method: 'POST',
    path: '/connection-request/accept',
    rows: [when('acceptedAt', 'Accepted at')],
    body: (v) => ({ acceptedAt: instant(v.acceptedAt) }),
    submit: 'Record the acceptance',
    done: 'Acceptance recorded.',
  };
}

export function reciprocity(): Command<Draft<RequestBody<'Reciprocity'>>> {
  return {
    title: 'Offer help in return',
    method: 'POST',
    path: '/reciprocity',
    rows: [
      {
        name: 'offer',
        label: 'Your offer',
        control: 'textarea',
        hint: '"How can I help you in return?" — e.g. beta-test their app.',
        clearAfter: true,
      },
    ],
    body: (v) => ({ offer: v.offer }),
    submit: 'Record the offer',
    done: 'Your offer is recorded.',
  };
}

export function touchpoint(): Command<Draft<RequestBody<'Touchpoint'>>> {
  return {
    title: 'Log a touchpoint',
    method: 'POST',
    path: '/touchpoints',
    rows: [
      [
        { name: 'kind', label: 'Kind', control: 'select', options: TOUCHPOINT_KINDS, initial: 'ARTICLE_SHARED' },
        when('at', 'When'),
      ],
      {
        name: 'note',
        label: 'Note',
        control: 'text',
        hint: 'Non-demanding: share, congratulate, update, check in.',
        clearAfter: true,
      },
    ],
    body: (v) => ({
      kind: v.kind as RequestBody<'Touchpoint'>['kind'],
      note: optionalText(v.note),
      at: instant(v.at),
    }),
    submit: 'Log the touchpoint',
    done: 'Touchpoint logged.',
  };
}

export function cadence(current: number): Command<Draft<RequestBody<'Cadence'>>> {
  return {
    title: 'Set the cadence',
    method: 'PUT',
    path: '/cadence',
    rows: [
      {
        name: 'everyDays',
        label: 'Keep in touch every (days)',
        control: 'number',
        hint: '7 to 365 days; 90 by default.',
        initial: String(current),
      },
    ],
    body: (v) => ({ everyDays: wholeNumber(v.everyDays) }),
    submit: 'Save the cadence',
    done: 'Cadence saved.',
  };
}

export function outcome(): Command<Draft<RequestBody<'Outcome'>>> {
  return {
    title: 'Record an outcome',
    method: 'POST',
    path: '/outcomes',
    rows: [
      [
        { name: 'kind', label: 'What came of it', control: 'select', options: OUTCOME_KINDS, initial: 'REFERRAL' },
        when('at', 'When'),
      ],
      { name: 'note', label: 'Note', control: 'text', clearAfter: true },
    ],
    body: (v) => ({
      kind: v.kind as RequestBody<'Outcome'>['kind'],
      note: optionalText(v.note),
      at: instant(v.at),
    }),
    submit: 'Record the outcome',
    done: 'Outcome recorded.',
  };
}

/** The follow-ups open to a relationship as it stands: acceptance only for a pending request. */
export function followUps(relationship: Relationship): Command[] {
  const pending = relationship.connection !== null && !relationship.connection.acceptedAt;
  return [
    connectionRequest(relationship),
    ...(pending ? [connectionAccepted()] : []),
    reciprocity(),
    touchpoint(),
    cadence(relationship.cadenceDays),
    outcome(),
  ];
}

/** Where the relationship is, and what to do once a command went through. */
type Props = { base: string; relationship: Relationship; done: (message: string) => Promise<void> };

export function FollowUp({ base, relationship, done }: Props) {
  return (
    <>
      {followUps(relationship).map((command) => (
        <CommandForm key={command.path} command={command} base={base} done={done} />
      ))}
    </>
  );
}
