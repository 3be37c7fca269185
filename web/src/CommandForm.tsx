import type { JSX } from 'preact';
import { useId, useState } from 'preact/hooks';
import { api, Problem } from './api';
import {
  afterSuccess,
  initialValues,
  isGroup,
  placed,
  shownFields,
  shownRows,
  type Command,
  type FieldSpec,
  type Row,
  type Values,
} from './command';
import { Action, Field, ProblemAlert, SwitchField, useSubmit } from './ui';
import { label } from './words';

/** What went: the form's values, and the API's answer (null for 204). */
export type Sent = { values: Values; answer: unknown };

type Props = {
  command: Command;
  /** Where the command's path starts, e.g. /api/v1/relationships/42. */
  base: string;
  /** Called with the command's confirmation once it went through. */
  done: (message: string, sent: Sent) => Promise<void>;
  /**
   * A collapsible panel (the default), a card that is always open, titled at heading level 2, or
   * the form alone, named by its title (inside a section that has its own heading).
   */
  layout?: 'panel' | 'card' | 'plain';
  /** Offers to leave the form without sending it (e.g. back to what it changes). */
  cancel?: () => void;
};

/**
 * A command as a form: the fields its description lists, the API's messages next to the fields
 * they are about, and its confirmation once it went through.
 */
export function CommandForm({ command, base, done, layout = 'panel', cancel }: Props) {
  const [values, setValues] = useState<Values>(() => initialValues(command));
  const { problem: refused, busy, submit } = useSubmit();
  const problem = placed(command, refused);
  const titleId = useId();
  const set = (name: string, value: string) => setValues((current) => ({ ...current, [name]: value }));
  const control = (field: FieldSpec) => (
    <Control key={field.name} field={field} value={values[field.name]} problem={problem} set={set} />
  );
  const form = (
    <form
      class="form"
      noValidate
      aria-labelledby={layout === 'card' ? titleId : undefined}
      aria-label={layout === 'plain' ? command.title : undefined}
      onSubmit={(e) => {
        e.preventDefault();
        void submit(async () => {
          const answer = await api(base + command.path, { method: command.method, body: command.body(values) });
          setValues((current) => afterSuccess(command, current));
          await done(command.done, { values, answer });
        });
      }}
    >
      <ProblemAlert problem={problem} fields={shownFields(command, values).map((f) => f.name)} />
      {shownRows(command, values).map(function rendered(row: Row): JSX.Element {
        if (isGroup(row)) {
          return (
            <fieldset class="group" key={row.legend}>
              <legend>{row.legend}</legend>
              {row.hint ? <p class="hint">{row.hint}</p> : null}
              {row.rows.map(rendered)}
            </fieldset>
          );
        }
        return Array.isArray(row) ? (
          <div class={row.length === 3 ? 'three' : 'two'} key={row.map((f) => f.name).join()}>
            {row.map(control)}
          </div>
        ) : (
          control(row)
        );
      })}
      {cancel ? (
        <div class="buttons">
          <button type="submit" disabled={busy}>
            {command.submit}
          </button>
          <button type="button" class="secondary" disabled={busy} onClick={cancel}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="submit" disabled={busy}>
          {command.submit}
        </button>
      )}
    </form>
  );
  if (layout === 'plain') return form;
  if (layout === 'card') {
    return (
      <section class="card" aria-labelledby={titleId}>
        <h2 id={titleId}>{command.title}</h2>
        {form}
      </section>
    );
  }
  return <Action title={command.title}>{form}</Action>;
}

type ControlProps = {
  field: FieldSpec;
  value: string;
  problem: Problem | null;
  set: (name: string, value: string) => void;
};

function Control({ field, value, problem, set }: ControlProps) {
  const listId = useId();
  const onInput = (e: { currentTarget: { value: string } }) => set(field.name, e.currentTarget.value);
  if (field.control === 'switch') {
    return (
      <SwitchField
        label={field.label}
        name={field.name}
        problem={problem}
        hint={field.hint}
        checked={value === 'true'}
        onChange={(on) => set(field.name, String(on))}
      />
    );
  }
  return (
    <Field label={field.label} name={field.name} problem={problem} hint={field.hint} required={field.required}>
      {(a) => {
        switch (field.control) {
          case 'select':
            return (
              <select {...a} value={value} onChange={onInput}>
                {(field.options ?? []).map((option) => (
                  <option key={option} value={option}>
                    {label(option)}
                  </option>
                ))}
              </select>
            );
          case 'textarea':
            return <textarea {...a} rows={field.rows ?? 2} value={value} onInput={onInput} />;
          case 'number':
            return <input {...a} type="number" inputMode="numeric" value={value} onInput={onInput} />;
          default:
            return (
              <>
                <input
                  {...a}
                  type={field.control}
                  value={value}
                  onInput={onInput}
                  autoComplete={
                    field.control === 'password'
                      ? 'new-password'
                      : field.control === 'email' || field.suggestions?.length
                        ? 'off'
                        : undefined
                  }
                  list={field.suggestions?.length ? listId : undefined}
                />
                {field.suggestions?.length ? (
                  <datalist id={listId}>
                    {field.suggestions.map((suggestion) => (
                      <option key={suggestion} value={suggestion} />
                    ))}
                  </datalist>
                ) : null}
              </>
            );
        }
      }}
    </Field>
  );
}
