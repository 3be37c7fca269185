import { useState } from 'preact/hooks';
import { api, eventually } from '../api';
import { CommandForm } from '../CommandForm';
import { wholeNumber, type Command, type Draft } from '../command';
import type { RequestBody, TenantSettings } from '../types';
import { LoadError, Loading, Notice, useLoad } from '../ui';
import { IdentityProviderSettings } from './IdentityProvider';

const PATH = '/api/v1/tenant/settings';
const load = () => api<TenantSettings>(PATH);

/** The tenant's own policies, as a form that starts from the current ones. */
export function policies(current: TenantSettings): Command<Draft<RequestBody<'Settings'>>> {
  return {
    title: 'Policies',
    method: 'PUT',
    path: '',
    rows: [
      [
        {
          name: 'thankYouWindowHours',
          label: 'Thank-you window (hours)',
          control: 'number',
          initial: String(current.thankYouWindowHours),
          hint: 'A thank-you sent within this many hours of a meeting is on time. 12 to 72 hours.',
        },
        {
          name: 'defaultCadenceDays',
          label: 'Default cadence (days)',
          control: 'number',
          initial: String(current.defaultCadenceDays),
          hint: 'How often a new relationship asks to keep in touch; students may change their own. 7 to 365 days.',
        },
      ],
    ],
    body: (v) => ({
      thankYouWindowHours: wholeNumber(v.thankYouWindowHours),
      defaultCadenceDays: wholeNumber(v.defaultCadenceDays),
    }),
    submit: 'Save the policies',
    done: 'The policies are saved.',
  };
}

/** The tenant's own settings, for its tenant-admins: its policies and its identity provider. */
export function Settings() {
  const { data, error, setData } = useLoad(load, []);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      <p class="lead">Your institution's policies and sign-in. Every change is recorded in the audit log.</p>
      <LoadError error={error} />
      {!data && !error ? <Loading what="the settings" /> : null}
      {data ? (
        <CommandForm
          layout="card"
          command={policies(data)}
          base={PATH}
          done={async (message, { values }) => {
            setNotice(null);
            const saved = await eventually(
              load,
              (s) =>
                s.thankYouWindowHours === Number(values.thankYouWindowHours) &&
                s.defaultCadenceDays === Number(values.defaultCadenceDays),
            );
            setData(saved);
            setNotice(message);
          }}
        />
      ) : null}
      <Notice text={notice} />
      <IdentityProviderSettings />
    </section>
  );
}
