import type { ComponentChildren, JSX } from 'preact';
import { useCallback, useEffect, useId, useRef, useState } from 'preact/hooks';
import { Problem } from './api';
import type { TimelineEntry } from './types';
import { typeLabel, when } from './words';

/** Loads data when the dependencies change; reload() asks again. */
export function useLoad<T>(loader: () => Promise<T>, deps: unknown[]) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<Problem | Error | null>(null);
  const [loading, setLoading] = useState(true);
  const latest = useRef(loader);
  latest.current = loader;
  const reload = useCallback(async () => {
    setLoading(true);
    try {
      const value = await latest.current();
      setData(value);
      setError(null);
      return value;
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
      return null;
    } finally {
      setLoading(false);
    }
  }, []);
  useEffect(() => {
    setData(null);
    void reload();
  }, deps);
  return { data, error, loading, reload, setData };
}

/** A form's submission: busy while sending, the API's problem when it refuses. */
export function useSubmit() {
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (action: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setProblem(null);
    try {
      await action();
      return true;
    } catch (e) {
      setProblem(
        e instanceof Problem
          ? e
          : new Problem(0, { title: 'Could not reach Rapport', detail: String(e) }),
      );
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { problem, busy, submit, setProblem };
}

type ControlAttributes = {
  id: string;
  name: string;
  'aria-invalid': boolean;
  'aria-describedby'?: string;
  'aria-required'?: boolean;
};

type FieldProps = {
  label: string;
  name: string;
  problem: Problem | null;
  hint?: ComponentChildren;
  required?: boolean;
  children: (attributes: ControlAttributes) => JSX.Element;
};

/** A labelled control with its hint and the API's messages about it. */
export function Field({ label, name, problem, hint, required, children }: FieldProps) {
  const id = useId();
  const messages = problem?.about(name) ?? [];
  const described = [hint ? `${id}-hint` : '', messages.length ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div class={messages.length ? 'field invalid' : 'field'}>
      <div class="label-row">
        <label for={id}>{label}</label>
        {required ? (
          <span class="required" aria-hidden="true">
            required
          </span>
        ) : null}
      </div>
      {children({
        id,
        name,
        'aria-invalid': messages.length > 0,
        'aria-describedby': described || undefined,
        'aria-required': required || undefined,
      })}
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {messages.length ? (
        <p class="field-error" id={`${id}-error`} data-field={name}>
          {messages.join(' ')}
        </p>
      ) : null}
    </div>
  );
}

/** The API's title and detail, and any field messages that no field on the form shows. */
export function ProblemAlert({ problem, fields = [] }: { problem: Problem | null; fields?: string[] }) {
  if (!problem) return null;
  const elsewhere = problem.errors.filter(
    (e) => !fields.some((f) => e.field === f || e.field?.startsWith(f + '.') || e.field?.startsWith(f + '[')),
  );
  return (
    <div class="alert" role="alert">
      <strong>{problem.title}</strong>
      {problem.detail ? <p>{problem.detail}</p> : null}
      {problem.errors.length > elsewhere.length ? <p>Please correct the fields marked below.</p> : null}
      {elsewhere.length ? (
        <ul>
          {elsewhere.map((e) => (
            <li key={e.field + e.message}>
              {e.field ? <code>{e.field}</code> : null} {e.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** A failed load, in words. */
export function LoadError({ error }: { error: Error | null }) {
  if (!error) return null;
  const problem = error instanceof Problem ? error : null;
  return (
    <div class="alert" role="alert">
      <strong>{problem ? problem.title : 'Something went wrong'}</strong>
      <p>{problem?.detail ?? error.message}</p>
    </div>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p class="loading" role="status">
      Loading {what}…
    </p>
  );
}

export function Empty({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <div class="empty">
      <p>
        <strong>{title}</strong>
      </p>
      {children}
    </div>
  );
}

export function Badge({ tone = 'neutral', title, children }: { tone?: string; title?: string; children: ComponentChildren }) {
  return (
    <span class={`badge ${tone}`} title={title}>
      {children}
    </span>
  );
}

/** A timeline: what happened, in sentences, with when and what kind. */
export function Timeline({ items, label }: { items: TimelineEntry[]; label: string }) {
  if (!items.length) return <Empty title="Nothing here yet." />;
  return (
    <ol class="timeline" aria-label={label}>
      {items.map((entry) => (
        <li key={entry.id} class="entry" data-type={entry.type}>
          <span class="entry-type">{typeLabel(entry.type)}</span>
          <p class="sentence">{entry.sentence}</p>
          <time dateTime={entry.at}>{when(entry.at)}</time>
        </li>
      ))}
    </ol>
  );
}

/** A collapsible panel for an action, keyboard-usable through the native details element. */
export function Action({ title, open, children }: { title: string; open?: boolean; children: ComponentChildren }) {
  return (
    <details class="action" open={open}>
      <summary>{title}</summary>
      <div class="action-body">{children}</div>
    </details>
  );
}

/** A short confirmation, announced to screen readers. */
export function Notice({ text }: { text: string | null }) {
  return text ? (
    <p class="notice" role="status">
      {text}
    </p>
  ) : null;
}

/** A group of controls (e.g. checkboxes) under one legend, with its hint and the API's messages. */
export function FieldGroup({
  legend,
  name,
  problem,
  hint,
  children,
}: {
  legend: string;
  name: string;
  problem: Problem | null;
  hint?: ComponentChildren;
  children: ComponentChildren;
}) {
  const id = useId();
  const messages = problem?.about(name) ?? [];
  return (
    <fieldset
      class={messages.length ? 'group invalid' : 'group'}
      aria-describedby={[hint ? `${id}-hint` : '', messages.length ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}
    >
      <legend>{legend}</legend>
      {children}
      {hint ? (
        <p class="hint" id={`${id}-hint`} aria-live="polite">
          {hint}
        </p>
      ) : null}
      {messages.length ? (
        <p class="field-error" id={`${id}-error`} data-field={name}>
          {messages.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}

/** An on/off choice: a checkbox announced as a switch, its label beside it, its hint and the API's messages. */
export function SwitchField({
  label,
  name,
  problem,
  hint,
  checked,
  onChange,
}: {
  label: string;
  name: string;
  problem: Problem | null;
  hint?: ComponentChildren;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  const messages = problem?.about(name) ?? [];
  const described = [hint ? `${id}-hint` : '', messages.length ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={messages.length ? 'switch invalid' : 'switch'}>
      <input
        id={id}
        name={name}
        type="checkbox"
        role="switch"
        checked={checked}
        aria-invalid={messages.length > 0}
        aria-describedby={described || undefined}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <div>
        <label for={id}>{label}</label>
        {hint ? (
          <p class="hint" id={`${id}-hint`}>
            {hint}
          </p>
        ) : null}
        {messages.length ? (
          <p class="field-error" id={`${id}-error`} data-field={name}>
            {messages.join(' ')}
          </p>
        ) : null}
      </div>
    </div>
  );
}
