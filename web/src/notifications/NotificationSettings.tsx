import { useState } from 'preact/hooks';
import { api, Problem, type FieldProblem } from '../api';
import { Link } from '../router';
import { Field, LoadError, Loading, Notice, ProblemAlert, SwitchField, useLoad, useSubmit } from '../ui';
import {
  deviceTimeZone,
  NOTIFICATION_SETTINGS,
  orderedRules,
  ruleLabel,
  ruleWords,
  timeZones,
  type NotificationSettings as Settings,
} from './model';

/** The form's values: the settings, with quiet hours as the time inputs hold them (empty for none). */
type Form = Omit<Settings, 'quietHours'> & { quietFrom: string; quietTo: string };

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function formOf(settings: Settings): Form {
  const { quietHours, ...rest } = settings;
  return { ...rest, rules: { ...settings.rules }, quietFrom: quietHours?.from ?? '', quietTo: quietHours?.to ?? '' };
}

/** A time input's value as the API takes it: hours and minutes (some browsers add seconds). */
function hhmm(value: string): string {
  return value.slice(0, 5);
}

/** The settings to send for the form's values. */
export function bodyOf(form: Form): Settings {
  const { quietFrom, quietTo, ...rest } = form;
  return { ...rest, timeZone: rest.timeZone.trim(), quietHours: { from: hhmm(quietFrom), to: hhmm(quietTo) } };
}

/** What is wrong with the values before they are sent, in the API's form (field and message). */
export function check(form: Form): FieldProblem[] {
  const errors: FieldProblem[] = [];
  if (!form.timeZone.trim()) errors.push({ field: 'timeZone', message: 'Choose a time zone.' });
  const times: [string, string, string][] = [
    ['quietHours.from', hhmm(form.quietFrom), 'Enter when quiet hours start, such as 21:00.'],
    ['quietHours.to', hhmm(form.quietTo), 'Enter when quiet hours end, such as 08:00.'],
  ];
  for (const [field, value, message] of times) {
    if (!TIME.test(value)) errors.push({ field, message });
  }
  return errors;
}

/** The person's own notification settings: channels, rules, time zone and quiet hours. */
export function NotificationSettings() {
  const { data, error } = useLoad(() => api<Settings>(NOTIFICATION_SETTINGS), []);
  return (
    <section aria-labelledby="notification-settings-title">
      <div class="page-head">
        <h1 id="notification-settings-title">Notification settings</h1>
        <div class="buttons">
          <Link href="/notifications">Your notifications</Link>
        </div>
      </div>
      <p class="lead">Choose how and when Rapport reminds you of what needs doing.</p>
      <LoadError error={error} />
      {!data && !error ? <Loading what="your notification settings" /> : null}
      {data ? <SettingsForm settings={data} /> : null}
    </section>
  );
}

function SettingsForm({ settings }: { settings: Settings }) {
  const [form, setForm] = useState<Form>(() => formOf(settings));
  const [notice, setNotice] = useState<string | null>(null);
  const { problem, busy, submit, setProblem } = useSubmit();
  const device = deviceTimeZone();
  const [zones] = useState(() => timeZones(settings.timeZone, device));
  const rules = orderedRules(form.rules);
  const set = (change: Partial<Form>) => {
    setNotice(null);
    setForm((current) => ({ ...current, ...change }));
  };
  const silent = !form.email && !form.inApp;
  // the fields that show their messages; any other (e.g. about all the rules) shows in the alert
  const fields = ['email', 'inApp', 'timeZone', 'quietHours', ...rules.map((rule) => `rules.${rule}`)];

  return (
    <form
      class="form"
      noValidate
      aria-label="Notification settings"
      onSubmit={(e) => {
        e.preventDefault();
        setNotice(null);
        const errors = check(form);
        if (errors.length) {
          setProblem(new Problem(400, { title: 'Some settings need a second look', errors }));
          return;
        }
        void submit(async () => {
          await api(NOTIFICATION_SETTINGS, { method: 'PUT', body: bodyOf(form) });
          setNotice('Your notification settings are saved.');
        });
      }}
    >
      <ProblemAlert problem={problem} fields={fields} />
      <fieldset class="group">
        <legend>How Rapport reaches you</legend>
        <SwitchField
          label="In the app"
          name="inApp"
          problem={problem}
          checked={form.inApp}
          onChange={(inApp) => set({ inApp })}
          hint="Notifications appear under the bell at the top of every page."
        />
        <SwitchField
          label="By e-mail"
          name="email"
          problem={problem}
          checked={form.email}
          onChange={(email) => set({ email })}
          hint="Sent to the e-mail address of your account."
        />
        {silent ? (
          <p class="hint" role="status">
            With both turned off, Rapport sends you no reminders at all.
          </p>
        ) : null}
      </fieldset>
      <fieldset class="group">
        <legend>What to remind you of</legend>
        {rules.length ? null : <p class="hint">There are no reminders for your role to choose from.</p>}
        {rules.map((rule) => (
          <SwitchField
            key={rule}
            label={ruleLabel(rule)}
            name={`rules.${rule}`}
            problem={problem}
            checked={form.rules[rule]}
            onChange={(on) => set({ rules: { ...form.rules, [rule]: on } })}
            hint={ruleWords(rule)?.description}
          />
        ))}
      </fieldset>
      <Field
        label="Time zone"
        name="timeZone"
        problem={problem}
        hint="Reminders and quiet hours follow the clock of this time zone."
      >
        {(a) => (
          <select {...a} value={form.timeZone} onChange={(e) => set({ timeZone: e.currentTarget.value })}>
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replace(/_/g, ' ')}
              </option>
            ))}
          </select>
        )}
      </Field>
      {device && device !== form.timeZone ? (
        <p>
          <button type="button" class="secondary" onClick={() => set({ timeZone: device })}>
            Use this device's time zone ({device.replace(/_/g, ' ')})
          </button>
        </p>
      ) : null}
      <fieldset class="group">
        <legend>Quiet hours</legend>
        <p class="hint">
          Reminders that come due between these times wait until quiet hours end. For no quiet hours,
          set both to the same time.
        </p>
        <div class="two">
          <Field label="From" name="quietHours.from" problem={problem}>
            {(a) => <input {...a} type="time" value={form.quietFrom} onInput={(e) => set({ quietFrom: e.currentTarget.value })} />}
          </Field>
          <Field label="To" name="quietHours.to" problem={problem}>
            {(a) => <input {...a} type="time" value={form.quietTo} onInput={(e) => set({ quietTo: e.currentTarget.value })} />}
          </Field>
        </div>
        {problem?.errors
          .filter((e) => e.field === 'quietHours')
          .map((e) => (
            <p class="field-error" data-field="quietHours" key={e.message}>
              {e.message}
            </p>
          ))}
      </fieldset>
      <button type="submit" disabled={busy}>
        Save the settings
      </button>
      <Notice text={notice} />
    </form>
  );
}
