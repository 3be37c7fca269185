import { api, Problem } from '../api';
import type { MemberImport } from '../types';

// Roster imports: a CSV file goes in, and runs in the background; its status tells how far it got.

export const ROSTER_HEADER = 'email,firstName,lastName,role,cohort,coachEmail';

export const ROSTER_TEMPLATE =
  ROSTER_HEADER +
  '\nada.example@your-school.example,Ada,Example,STUDENT,Fall 2026,coach@your-school.example' +
  '\ncoach@your-school.example,Cleo,Coach,COACH,,\n';

/** Sends a roster; answers the import as just recorded (RUNNING, nothing handled yet). */
export function startImport(csv: string, dryRun: boolean): Promise<MemberImport> {
  return api<MemberImport>(`/api/v1/members/import?dryRun=${dryRun}`, {
    method: 'POST',
    body: csv,
    contentType: 'text/csv',
  });
}

/** The rows handled so far, whatever became of them. */
export function handled(progress: MemberImport): number {
  return progress.created + progress.updated + progress.unchanged + progress.failed;
}

/** Thrown when following an import was stopped (the page was left). */
export class Stopped extends Error {
  constructor() {
    super('stopped');
  }
}

type Follow = {
  /** Between two questions. */
  pollMs?: number;
  /** How long an import may stay unknown (404) before that is taken as an answer. */
  unknownForMs?: number;
  signal?: AbortSignal;
  onProgress?: (progress: MemberImport) => void;
};

function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Stopped());
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', stop);
      resolve();
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      reject(new Stopped());
    };
    signal?.addEventListener('abort', stop, { once: true });
  });
}

/**
 * Asks for an import's status until it is DONE or FAILED, telling every answer to onProgress. A new
 * import is unknown (404) until its read model has it, which is waited for.
 */
export async function followImport(
  importId: string,
  { pollMs = 700, unknownForMs = 30_000, signal, onProgress }: Follow = {},
): Promise<MemberImport> {
  const since = Date.now();
  for (;;) {
    if (signal?.aborted) throw new Stopped();
    try {
      const progress = await api<MemberImport>(`/api/v1/members/imports/${encodeURIComponent(importId)}`);
      if (signal?.aborted) throw new Stopped();
      onProgress?.(progress);
      if (progress.state !== 'RUNNING') return progress;
    } catch (e) {
      if (!(e instanceof Problem && e.status === 404) || Date.now() - since > unknownForMs) throw e;
    }
    await pause(pollMs, signal);
  }
}

/** Sends a roster and follows it to its end. */
export async function runImport(csv: string, dryRun: boolean, follow: Follow = {}): Promise<MemberImport> {
  const started = await startImport(csv, dryRun);
  follow.onProgress?.(started);
  return followImport(started.importId, follow);
}

/**
 * The e-mail addresses a roster names, lower-cased (to find its members in the list afterwards).
 * A plain reading of the CSV: a quoted value with a comma in it may shift a row, which costs no more
 * than a list refreshed without waiting for that row.
 */
export function rosterEmails(csv: string): string[] {
  const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line.trim());
  if (!lines.length) return [];
  const column = lines[0]
    .split(',')
    .map((name) => name.trim().replace(/^"|"$/g, '').toLowerCase())
    .indexOf('email');
  if (column < 0) return [];
  return lines
    .slice(1)
    .map((line) => (line.split(',')[column] ?? '').trim().replace(/^"|"$/g, '').toLowerCase())
    .filter((email) => email.includes('@'));
}

const COLUMNS: Record<string, string> = {
  email: 'E-mail',
  firstName: 'First name',
  lastName: 'Last name',
  role: 'Role',
  cohort: 'Cohort',
  coachEmail: "Coach's e-mail",
};

/** A column of the roster in words; a row's failure that names none is about the whole row. */
export function columnLabel(field: string | null): string {
  if (!field) return 'The row';
  return COLUMNS[field] ?? field;
}

/**
 * A refused roster (400) as sentences about the roster itself: the API names the part at fault
 * (header, rows, body) and says what is wrong with it.
 */
export function rosterProblem(problem: Problem | null): Problem | null {
  if (!problem || problem.status !== 400 || !problem.errors.length) return problem;
  const subject: Record<string, string> = { header: 'The header row', body: 'The file' };
  const sentence = (text: string) => {
    const trimmed = text.trim();
    return trimmed.charAt(0).toUpperCase() + trimmed.slice(1) + (/[.!?]$/.test(trimmed) ? '' : '.');
  };
  return new Problem(problem.status, {
    type: problem.type,
    title: 'The roster cannot be imported',
    errors: problem.errors.map((e) => ({
      field: 'roster',
      message: sentence(subject[e.field] ? `${subject[e.field]} ${e.message}` : e.message),
    })),
  });
}
