import { accessToken, signIn } from './auth';

// Calls to /api/v1 with the bearer token. Failures arrive as RFC 9457 problem details and are
// thrown as a Problem, whose errors[] name the fields at fault.

export type FieldProblem = { field: string; message: string };

export class Problem extends Error {
  readonly status: number;
  readonly type: string | null;
  readonly title: string;
  readonly detail: string | null;
  readonly errors: FieldProblem[];

  constructor(status: number, body: Record<string, unknown> | null) {
    const title = typeof body?.title === 'string' ? body.title : `Request failed (${status})`;
    super(title);
    this.status = status;
    this.type = typeof body?.type === 'string' ? body.type : null;
    this.title = title;
    this.detail = typeof body?.detail === 'string' ? body.detail : null;
    this.errors = Array.isArray(body?.errors)
      ? (body.errors as FieldProblem[]).filter((e) => e && typeof e.message === 'string')
      : [];
  }

  /** The messages about one field (or about its elements, e.g. points[0].text for points). */
  about(field: string): string[] {
    return this.errors
      .filter(
        (e) => e.field === field || e.field?.startsWith(field + '.') || e.field?.startsWith(field + '['),
      )
      .map((e) => e.message);
  }
}

type Options = {
  method?: string;
  /** Sent as JSON, or as it is when a content type is given (e.g. a CSV file's text). */
  body?: unknown;
  contentType?: string;
  accept?: string;
};

async function send(path: string, options: Options = {}): Promise<Response> {
  const headers: Record<string, string> = {
    Authorization: `Bearer ${await accessToken()}`,
    Accept: options.accept ?? 'application/json, application/problem+json',
  };
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['Content-Type'] = options.contentType ?? 'application/json';
    body = options.contentType ? String(options.body) : JSON.stringify(options.body);
  }
  const response = await fetch(path, { method: options.method ?? 'GET', headers, body });
  if (response.status === 401) {
    await signIn();
    return new Promise<Response>(() => {});
  }
  if (!response.ok) {
    let body: Record<string, unknown> | null;
    try {
      body = (await response.json()) as Record<string, unknown>;
    } catch {
      body = null;
    }
    throw new Problem(response.status, body);
  }
  return response;
}

export async function api<T>(path: string, options: Options = {}): Promise<T> {
  const response = await send(path, options);
  if (response.status === 204) return null as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : null) as T;
}

/** Downloads a file with the bearer token and hands it to the browser as a saved file. */
export async function download(path: string, filename: string): Promise<void> {
  const response = await send(path, { accept: 'text/csv, application/problem+json' });
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Read models catch up with commands a moment later: asks again until the answer satisfies the
 * predicate (a 404 counts as "not yet"), for up to ten seconds, then returns the last answer.
 */
export async function eventually<T>(
  load: () => Promise<T>,
  ready: (value: T) => boolean,
  timeoutMs = 10000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const value = await load();
      if (ready(value) || Date.now() > deadline) return value;
    } catch (e) {
      if (!(e instanceof Problem && e.status === 404) || Date.now() > deadline) throw e;
    }
    await new Promise((resolve) => setTimeout(resolve, 400));
  }
}

/** Query parameters, leaving out empty values. */
export function query(params: Record<string, string | string[] | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (Array.isArray(value)) {
      if (value.length) search.set(key, value.join(','));
    } else if (value) {
      search.set(key, value);
    }
  }
  const text = search.toString();
  return text ? '?' + text : '';
}
