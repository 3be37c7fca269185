import { useState } from 'preact/hooks';
import { api, Problem } from './api';
import { afterSuccess, fieldsOf, initialValues, type Command, type FieldSpec, type Values } from './command';
import { Action, Field, ProblemAlert, useSubmit } from './ui';
import { label } from './words';

type Props = {
  command: Command;
  /** Where the command's path starts, e.g. /api/v1/relationships/42. */
  base: string;
  /** Called with the command's confirmation once it went through. */
  done: (message: string) => Promise<void>;
};

/**
 * A command as a collapsible form: the fields its description lists, the API's messages next to
 * the fields they are about, and its confirmation once it went through.
 */
export function CommandForm({ command, base, done }: Props) {
  const [values, setValues] = useState<Values>(() => initialValues(command));
  const { problem, busy, submit } = useSubmit();
  const set = (name: string, value: string) => setValues((current) => ({ ...current, [name]: value }));
  const control = (field: FieldSpec) => (
    <Control key={field.name} field={field} value={values[field.name]} problem={problem} set={set} />
  );
  return (
    <Action title={command.title}>
      <form
        class="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit(async () => {
            await api(base + command.path, { method: command.method, body: command.body(values) });
            setValues((current) => afterSuccess(command, current));
            await done(command.done);
          });
        }}
      >
        <ProblemAlert problem={problem} fields={fieldsOf(command).map((f) => f.name)} />
        {command.rows.map((row) =>
          Array.isArray(row) ? (
            <div class="two" key={row.map((f) => f.name).join()}>
              {row.map(control)}
            </div>
          ) : (
            control(row)
          ),
        )}
        <button type="submit" disabled={busy}>
          {command.submit}
        </button>
      </form>
    </Action>
  );
}

type ControlProps = {
  field: FieldSpec;
  value: string;
  problem: Problem | null;
  set: (name: string, value: string) => void;
};

function Control({ field, value, problem, set }: ControlProps) {
  const onInput = (e: { currentTarget: { value: string } }) => set(field.name, e.currentTarget.value);
  return (
    <Field label={field.label} name={field.name} problem={problem} hint={field.hint}>
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
            return <input {...a} type={field.control} value={value} onInput={onInput} />;
        }
      }}
    </Field>
  );
}
