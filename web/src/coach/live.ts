import { accessToken } from '../auth';
import type { TimelineEntry } from '../types';

// A student's timeline, live, from the server's event stream (fetch with a stream reader, since
// EventSource cannot send the bearer token). Polling is the fallback while the stream is down.

export const POLL_MS = 3000;
/** No byte for this long (three server heartbeats) means the connection is dead. */
export const SILENCE_MS = 45_000;
/** The pause before the next attempt: after a stream that ended, then after each failure in a row. */
export const RETRY_MS = [1000, 2000, 5000, 10_000];

export type Follow = {
  /** The stream is open and followed. */
  onOpen: () => void;
  /** An entry recorded after the ones already had. */
  onEntry: (entry: TimelineEntry) => void;
  /**
   * The stream is down: poll until it is back; for good when the server has none, or refuses
   * this user one (the polling's own requests then sign in again if the session is gone).
   */
  onDown: (forGood: boolean) => void;
  /** The id of the last entry had, sent as Last-Event-ID when reconnecting. */
  lastEventId: () => string | null;
};

/** How one connection went. */
type Outcome =
  | { kind: 'ended' } // the server closed an open stream, e.g. at its token's expiry
  | { kind: 'failed'; opened: boolean } // no answer, an error, a broken or silent stream
  | { kind: 'busy'; retryAfterMs: number | null } // 429: too many streams for now
  | { kind: 'refused' }; // 401, 403, 404, 405: retrying would not help

/**
 * Follows /timeline/stream until the signal aborts, reconnecting with Last-Event-ID: at once
 * after a stream that ended, with a growing pause after failures, after Retry-After when the
 * server is busy, and never after a refusal.
 */
export async function follow(studentId: string, callbacks: Follow, signal: AbortSignal): Promise<void> {
  let failures = 0;
  while (!signal.aborted) {
    const outcome = await once(studentId, callbacks, signal);
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

async function once(studentId: string, callbacks: Follow, outer: AbortSignal): Promise<Outcome> {
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
    const response = await fetch(`/api/v1/students/${encodeURIComponent(studentId)}/timeline/stream`, {
      headers,
      signal: connection.signal,
    });
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
        if (data !== null) callbacks.onEntry(JSON.parse(data) as TimelineEntry);
      }
    }
  } catch {
    return { kind: 'failed', opened };
  } finally {
    window.clearTimeout(silence);
    outer.removeEventListener('abort', abort);
  }
}

/** The data of one server-sent event, or null for a comment (heartbeat) or an event without data. */
export function dataOf(event: string): string | null {
  const data = event
    .split('\n')
    .filter((line) => line.startsWith('data:'))
    .map((line) => line.slice(line.startsWith('data: ') ? 6 : 5));
  return data.length ? data.join('\n') : null;
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
