import { Problem } from './api';

// A command form described as data: its fields, where it goes, and what it sends. CommandForm
// renders one; the functions here are its logic, apart from the rendering.

/** The form's values by field name, as its controls hold them (text). */
export type Values = Record<string, string>;

export type FieldSpec = {
  name: string;
  label: string;
  /** A switch is on or off: its value is 'true' or 'false'. */
  control: 'select' | 'textarea' | 'text' | 'email' | 'url' | 'password' | 'number' | 'datetime-local' | 'switch';
  /** The value the form starts with; empty when left out. */
  initial?: string;
  /** A select's choices, shown through words.ts's label(). */
  options?: readonly string[];
  hint?: string;
  /** A textarea's height in lines. */
  rows?: number;
  /** Emptied once the command went through, for the next one. */
  clearAfter?: boolean;
  /** Marked as required (the API still decides). */
  required?: boolean;
  /** Values offered as the field is typed into (a text or e-mail field). */
  suggestions?: readonly string[];
  /** Shown only while this holds for the form's values; left out otherwise. */
  shown?: (values: Values) => boolean;
};

/** Rows under a legend, with what they are about (e.g. the nudges among the tenant's policies). */
export type Group = { legend: string; hint?: string; rows: (FieldSpec | FieldSpec[])[] };

/** A field alone on its line, fields side by side, or a group of such rows. */
export type Row = FieldSpec | FieldSpec[] | Group;

export function isGroup(row: Row): row is Group {
  return !Array.isArray(row) && 'legend' in row;
}

export type Command<Body = unknown> = {
  /** The panel's title. */
  title: string;
  method: 'POST' | 'PUT';
  /** Appended to the form's base, e.g. /touchpoints. */
  path: string;
  rows: Row[];
  /** The request body for the values. */
  body: (values: Values) => Body;
  /** The submit button's text. */
  submit: string;
  /** The confirmation once the command went through. */
  done: string;
  /**
   * Refusals (409) that are about one field, by the last part of their type (e.g. member-exists
   * for /problems/member-exists): their detail shows next to that field.
   */
  conflicts?: Record<string, string>;
};

/** A request body as it may leave the form: any field missing or null, for the API to refuse. */
export type Draft<T> = { [K in keyof T]?: T[K] | null };

export function fieldsOf(command: Command): FieldSpec[] {
  return command.rows.flatMap((row) => (isGroup(row) ? row.rows.flat() : row));
}

/** The fields shown for the values. */
export function shownFields(command: Command, values: Values): FieldSpec[] {
  return fieldsOf(command).filter((field) => !field.shown || field.shown(values));
}

/** The rows shown for the values: hidden fields left out, and rows left empty dropped. */
export function shownRows(command: Command, values: Values): Row[] {
  const shown = (field: FieldSpec) => !field.shown || field.shown(values);
  const fields = (rows: (FieldSpec | FieldSpec[])[]): (FieldSpec | FieldSpec[])[] =>
    rows
      .map((row) => (Array.isArray(row) ? row.filter(shown) : row))
      .filter((row) => (Array.isArray(row) ? row.length > 0 : shown(row)));
  const rows: Row[] = [];
  for (const row of command.rows) {
    if (isGroup(row)) {
      const inside = fields(row.rows);
      if (inside.length) rows.push({ ...row, rows: inside });
    } else {
      rows.push(...fields([row]));
    }
  }
  return rows;
}

/** The problem as the form shows it: a refusal about one field (see conflicts) named as such. */
export function placed(command: Command, problem: Problem | null): Problem | null {
  if (!problem || problem.status !== 409 || !problem.type || problem.errors.length) return problem;
  const field = command.conflicts?.[problem.type.slice(problem.type.lastIndexOf('/') + 1)];
  if (!field) return problem;
  return new Problem(problem.status, {
    type: problem.type,
    title: problem.title,
    errors: [{ field, message: problem.detail ?? problem.title }],
  });
}

export function initialValues(command: Command): Values {
  return Object.fromEntries(fieldsOf(command).map((field) => [field.name, field.initial ?? '']));
}

/** The values for the next command: the cleared fields emptied, the others kept. */
export function afterSuccess(command: Command, values: Values): Values {
  const next = { ...values };
  for (const field of fieldsOf(command)) if (field.clearAfter) next[field.name] = '';
  return next;
}

/** Optional text: trimmed, and left out when empty. */
export function optionalText(value: string | undefined): string | undefined {
  return value?.trim() || undefined;
}

/** A whole number from a number input, or null when empty (for the API to name what is missing). */
export function wholeNumber(value: string | undefined): number | null {
  return value ? Number(value) : null;
}
