import { useState } from 'preact/hooks';
import { api, query } from '../api';
import { CommandForm } from '../CommandForm';
import { optionalText, type Command, type Draft, type Values } from '../command';
import { Link } from '../router';
import type { Me, MemberPage, MemberRole, RequestBody } from '../types';
import { Action, Notice, useLoad } from '../ui';
import { MEMBER_ROLES } from '../words';
import { ImportRoster } from './ImportRoster';
import { rosterEmails } from './imports';
import { MemberList, type Refresh } from './MemberList';

const isStudent = (values: Values) => values.role === 'STUDENT';

/** The invitation of one member: a student may be enrolled in a cohort and given a coach at once. */
export function invitation(coachEmails: readonly string[]): Command<Draft<RequestBody<'Invitation'>>> {
  return {
    title: 'Invite a member',
    method: 'POST',
    path: '',
    rows: [
      { name: 'email', label: 'E-mail', control: 'email', required: true, clearAfter: true },
      [
        { name: 'firstName', label: 'First name', control: 'text', required: true, clearAfter: true },
        { name: 'lastName', label: 'Last name', control: 'text', required: true, clearAfter: true },
      ],
      { name: 'role', label: 'Role', control: 'select', options: MEMBER_ROLES, initial: 'STUDENT' },
      [
        { name: 'cohort', label: 'Cohort', control: 'text', hint: 'e.g. Fall 2026; may be left empty.', shown: isStudent },
        {
          name: 'coachEmail',
          label: "Coach's e-mail",
          control: 'email',
          hint: 'One of your coaches; may be left empty.',
          suggestions: coachEmails,
          shown: isStudent,
        },
      ],
    ],
    body: (v) => ({
      email: v.email.trim(),
      firstName: v.firstName.trim(),
      lastName: v.lastName.trim(),
      role: v.role as MemberRole,
      cohort: isStudent(v) ? optionalText(v.cohort) : undefined,
      coachEmail: isStudent(v) ? optionalText(v.coachEmail) : undefined,
    }),
    submit: 'Invite',
    done: 'Invited.',
    conflicts: { 'member-exists': 'email' },
  };
}

/** The tenant's members: invited, imported, deactivated and back. */
export function Members({ me }: { me: Me }) {
  const coaches = useLoad(() => api<MemberPage>('/api/v1/members' + query({ role: 'COACH', limit: '200' })), []);
  const coachList = coaches.data?.items ?? [];
  const [refresh, setRefresh] = useState<Refresh>({ version: 0, emails: [] });
  const [notice, setNotice] = useState<string | null>(null);
  const refreshFor = (emails: string[]) => {
    setRefresh((current) => ({ version: current.version + 1, emails }));
    void coaches.reload();
  };
  return (
    <section aria-labelledby="members-title">
      <h1 id="members-title">Members</h1>
      <p class="lead">
        The people of your institution: everyone invited or imported, and everyone who has signed in. Invite people
        one by one or import a roster; enrol students in cohorts and assign their coaches under{' '}
        <Link href="/people">People</Link>.
      </p>
      <CommandForm
        command={invitation(coachList.flatMap((c) => (c.email ? [c.email] : [])))}
        base="/api/v1/members"
        done={async (_, { values }) => {
          setNotice(
            `${values.firstName.trim()} ${values.lastName.trim()} is invited by e-mail, and shows as Invited until they first sign in.`,
          );
          refreshFor([values.email.trim().toLowerCase()]);
        }}
      />
      <Action title="Import a roster">
        <ImportRoster
          imported={(result, csv) => {
            setNotice(
              `The roster is imported: ${result.created} created, ${result.updated} updated, ` +
                `${result.unchanged} unchanged, ${result.failed} failed.`,
            );
            refreshFor(rosterEmails(csv));
          }}
        />
      </Action>
      <Notice text={notice} />
      <MemberList me={me} coaches={coachList} refresh={refresh} />
    </section>
  );
}

