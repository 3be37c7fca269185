import { useState } from 'preact/hooks';
import { api, eventually } from '../api';
import { CommandForm } from '../CommandForm';
import { wholeNumber, type Command, type Draft, type FieldSpec } from '../command';
import { orderedRules, RULE_ORDER, ruleLabel, ruleWords, type NudgePolicy } from '../notifications/model';
import type { RequestBody, TenantSettings } from '../types';
import { LoadError, Loading, Notice, useLoad } from '../ui';
import { IdentityProviderSettings } from './IdentityProvider';

const PATH = '/api/v1/tenant/settings';

/**
 * The settings with the tenant's nudges, which the OpenAPI copy does not describe yet (see
 * notifications/model.ts); a server without them answers without nudges.
 */
export type SettingsWithNudges = TenantSettings & { nudges?: NudgePolicy };

/** The body of a PUT: the whole settings, nudges included. */
export type SettingsBody = Omit<Draft<RequestBody<'Settings'>>, 'nudges'> & { nudges: Draft<NudgePolicy> };

/** The nudges as they start on a server that has not said them: every rule on, the usual thresholds. */
export const DEFAULT_NUDGES: NudgePolicy = {
  rules: Object.fromEntries(RULE_ORDER.map((rule) => [rule, true])),
  prepareHoursBefore: 24,
  thankYouDueHoursBefore: 6,
  connectionFollowUpDays: 14,
};

const load = () => api<SettingsWithNudges>(PATH);

const ruleField = (rule: string) => `nudges.rules.${rule}`;

/** The tenant's own policies, nudges included, as a form that starts from the current ones. */
export function policies(current: SettingsWithNudges): Command<SettingsBody> {
  const nudges = current.nudges ?? DEFAULT_NUDGES;
  const rules = orderedRules({ ...Object.fromEntries(RULE_ORDER.map((r) => [r, true])), ...nudges.rules });
  const switches: FieldSpec[] = rules.map((rule) => ({
    name: ruleField(rule),
    label: ruleLabel(rule),
    control: 'switch',
    initial: String(nudges.rules[rule] ?? true),
    hint: ruleWords(rule)?.policy,
  }));
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
      {
        legend: 'Nudges',
        hint:
          'Reminders Rapport sends to students and coaches, in the app and by e-mail. A reminder turned ' +
          'off here is sent to no one; each person can also turn off the ones they do not want.',
        rows: [
          ...switches,
          [
            {
              name: 'nudges.prepareHoursBefore',
              label: 'Prepare reminder (hours before the chat)',
              control: 'number',
              initial: String(nudges.prepareHoursBefore),
              hint: '1 to 72 hours.',
            },
            {
              name: 'nudges.thankYouDueHoursBefore',
              label: 'Thank-you reminder (hours before the window closes)',
              control: 'number',
              initial: String(nudges.thankYouDueHoursBefore),
              hint: '1 to 12 hours, and shorter than the thank-you window.',
            },
            {
              name: 'nudges.connectionFollowUpDays',
              label: 'Connection follow-up (days after the request)',
              control: 'number',
              initial: String(nudges.connectionFollowUpDays),
              hint: '3 to 60 days.',
            },
          ],
        ],
      },
    ],
    body: (v) => ({
      thankYouWindowHours: wholeNumber(v.thankYouWindowHours),
      defaultCadenceDays: wholeNumber(v.defaultCadenceDays),
      nudges: {
        rules: Object.fromEntries(rules.map((rule) => [rule, v[ruleField(rule)] === 'true'])),
        prepareHoursBefore: wholeNumber(v['nudges.prepareHoursBefore']),
        thankYouDueHoursBefore: wholeNumber(v['nudges.thankYouDueHoursBefore']),
        connectionFollowUpDays: wholeNumber(v['nudges.connectionFollowUpDays']),
      },
    }),
    submit: 'Save the policies',
    done: 'The policies are saved.',
  };
}

/** Whether the settings read back are the ones sent (the nudges too, when the server has them). */
export function saved(settings: SettingsWithNudges, sent: SettingsBody): boolean {
  const nudges = settings.nudges;
  return (
    settings.thankYouWindowHours === sent.thankYouWindowHours &&
    settings.defaultCadenceDays === sent.defaultCadenceDays &&
    (!nudges ||
      (nudges.prepareHoursBefore === sent.nudges.prepareHoursBefore &&
        nudges.thankYouDueHoursBefore === sent.nudges.thankYouDueHoursBefore &&
        nudges.connectionFollowUpDays === sent.nudges.connectionFollowUpDays &&
        Object.entries(sent.nudges.rules ?? {}).every(([rule, on]) => nudges.rules[rule] === on)))
  );
}

/** The tenant's own settings, for its tenant-admins: its policies and nudges, and its identity provider. */
export function Settings() {
  const { data, error, setData } = useLoad(load, []);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      <p class="lead">
        Your institution's policies, reminders and sign-in. Every change is recorded in the audit log.
      </p>
      <LoadError error={error} />
      {!data && !error ? <Loading what="the settings" /> : null}
      {data ? (
        <CommandForm
          layout="card"
          command={policies(data)}
          base={PATH}
          done={async (message, { values }) => {
            setNotice(null);
            const sent = policies(data).body(values);
            setData(await eventually(load, (s) => saved(s, sent)));
            setNotice(message);
          }}
        />
      ) : null}
      <Notice text={notice} />
      <IdentityProviderSettings />
    </section>
  );
}
