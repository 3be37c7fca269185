import { accessToken } from './auth';

// Follows a server-sent event stream of the API with fetch and a stream reader (EventSource cannot
// send the bearer token), reconnecting as the server's streams expect: the live timeline
// (coach/live.ts) and the notifications (notifications/live.ts) use it.

/** No byte for this long (three server heartbeats) means the connection is dead. */
export const SILENCE_MS = 45_000;
/** The pause before the next attempt: after a stream that ended, then after each failure in a row. */
export const RETRY_MS = [1000, 2000, 5000, 10_000];

export type Stream<T> = {
  /** The stream is open and followed. */
  onOpen: () => void;
  /** An event's data, parsed as JSON, with the event's id (null when it has none). */
  onEntry: (entry: T, id: string | null) => void;
  /**
   * The stream is down: poll until it is back; for good when the server has none, or refuses
   * this user one (the polling's own requests then sign in again if the session is gone).
   */
  onDown: (forGood: boolean) => void;
  /** The id of the last event had, sent as Last-Event-ID when reconnecting; null for none. */
  lastEventId: () => string | null;
};

export type StreamOptions = {
  /** Hands over only the events of these names (the event: field; "message" when it has none). */
  events?: string[];
};

/** How one connection went. */
type Outcome =
  | { kind: 'ended' } // the server closed an open stream, e.g. at its token's expiry
  | { kind: 'failed'; opened: boolean } // no answer, an error, a broken or silent stream
  | { kind: 'busy'; retryAfterMs: number | null } // 429: too many streams for now
  | { kind: 'refused' }; // 401, 403, 404, 405: retrying would not help

/**
 * Follows the stream at the path until the signal aborts, reconnecting with Last-Event-ID: at once
 * after a stream that ended, with a growing pause after failures, after Retry-After when the
 * server is busy, and never after a refusal.
 */
export async function followStream<T>(
  path: string,
  callbacks: Stream<T>,
  signal: AbortSignal,
  options: StreamOptions = {},
): Promise<void> {
  let failures = 0;
  while (!signal.aborted) {
    const outcome = await once(path, callbacks, signal, options);
    if (signal.aborted) return;
    let wait: number;
    switch (outcome.kind) {
      case 'refused':
        callbacks.onDown(true);
        return;
      case 'ended':
        failures = 0;
        wait = RETRY_MS[0];
        break;
      case 'failed':
        // a stream that was open counts as the first failure of a new run
        failures = outcome.opened ? 1 : failures + 1;
        callbacks.onDown(false);
        wait = RETRY_MS[Math.min(failures, RETRY_MS.length - 1)];
        break;
      case 'busy':
        failures += 1;
        callbacks.onDown(false);
        wait = Math.max(outcome.retryAfterMs ?? 0, RETRY_MS[Math.min(failures, RETRY_MS.length - 1)]);
        break;
    }
    await pause(wait, signal);
  }
}

async function once<T>(
  path: string,
  callbacks: Stream<T>,
  outer: AbortSignal,
  options: StreamOptions,
): Promise<Outcome> {
  const connection = new AbortController();
  const abort = () => connection.abort();
  outer.addEventListener('abort', abort);
  let silence: number | undefined;
  const watch = () => {
    window.clearTimeout(silence);
    silence = window.setTimeout(abort, SILENCE_MS);
  };
  let opened = false;
  try {
    const headers: Record<string, string> = {
      Authorization: `Bearer ${await accessToken()}`,
      Accept: 'text/event-stream',
    };
    const last = callbacks.lastEventId();
    if (last) headers['Last-Event-ID'] = last;
    const response = await fetch(path, { headers, signal: connection.signal });
    if ([401, 403, 404, 405].includes(response.status)) return { kind: 'refused' };
    if (response.status === 429) return { kind: 'busy', retryAfterMs: retryAfter(response.headers) };
    if (!response.ok || !response.body) return { kind: 'failed', opened };
    watch();
    opened = true;
    callbacks.onOpen();
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return { kind: 'ended' };
      watch();
      buffer += value;
      // a CR at the end of a chunk may be the first half of a CRLF: keep it for the next one
      const complete = buffer.endsWith('\r') ? buffer.length - 1 : buffer.length;
      const events = buffer.slice(0, complete).replace(/\r\n?/g, '\n').split('\n\n');
      buffer = events.pop()! + buffer.slice(complete);
      for (const event of events) {
        const data = dataOf(event);
        if (data === null) continue;
        if (options.events && !options.events.includes(fieldOf(event, 'event')!)) continue;
        callbacks.onEntry(JSON.parse(data) as T, fieldOf(event, 'id'));
      }
    }
  } catch {
    return { kind: 'failed', opened };
  } finally {
    window.clearTimeout(silence);
    outer.removeEventListener('abort', abort);
  }
}

/** The values of one field of an event's lines (the space after the colon left out). */
function values(event: string, field: string): string[] {
  return event
    .split('\n')
    .filter((line) => line.startsWith(field + ':'))
    .map((line) => line.slice(line.startsWith(field + ': ') ? field.length + 2 : field.length + 1));
}

/** The data of one server-sent event, or null for a comment (heartbeat) or an event without data. */
export function dataOf(event: string): string | null {
  const data = values(event, 'data');
  return data.length ? data.join('\n') : null;
}

/** An event's name ("message" when it has none) or its id (null when it has none): the last line's. */
export function fieldOf(event: string, field: 'event' | 'id'): string | null {
  const found = values(event, field).at(-1);
  return found ?? (field === 'event' ? 'message' : null);
}

/** Retry-After in seconds (the only form the server sends), as milliseconds. */
function retryAfter(headers: Headers): number | null {
  const seconds = Number(headers.get('Retry-After'));
  return headers.has('Retry-After') && Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : null;
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = window.setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      window.clearTimeout(timer);
      resolve();
    });
  });
}
