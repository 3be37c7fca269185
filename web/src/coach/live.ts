import { accessToken } from '../auth';
import type { TimelineEntry } from '../types';

// A student's timeline, live, from the server's event stream (fetch with a stream reader, since
// EventSource cannot send the bearer token). Polling is the fallback for a server without one.

export const POLL_MS = 3000;
/** No byte for this long (three server heartbeats) means the connection is dead. */
const SILENCE_MS = 45_000;
const RETRY_MS = [1000, 2000, 5000, 10_000];

export type Follow = {
  /** The stream is open and followed. */
  onOpen: () => void;
  /** An entry recorded after the ones already had. */
  onEntry: (entry: TimelineEntry) => void;
  /** The stream is down: poll until it is back (for good when the server has none). */
  onDown: (forGood: boolean) => void;
  /** The id of the last entry had, sent as Last-Event-ID when reconnecting. */
  lastEventId: () => string | null;
};

/** Follows /timeline/stream until the signal aborts, reconnecting with Last-Event-ID. */
export async function follow(studentId: string, callbacks: Follow, signal: AbortSignal): Promise<void> {
  let failures = 0;
  while (!signal.aborted) {
    const outcome = await once(studentId, callbacks, signal);
    if (signal.aborted) return;
    if (outcome === 'missing') {
      callbacks.onDown(true);
      return;
    }
    failures = outcome === 'ended' ? 0 : failures + 1;
    if (failures > 0) callbacks.onDown(false);
    await pause(RETRY_MS[Math.min(failures, RETRY_MS.length - 1)], signal);
  }
}

async function once(
  studentId: string,
  callbacks: Follow,
  outer: AbortSignal,
): Promise<'missing' | 'failed' | 'ended'> {
  const connection = new AbortController();
  const abort = () => connection.abort();
  outer.addEventListener('abort', abort);
  let silence: number | undefined;
  const watch = () => {
    window.clearTimeout(silence);
    silence = window.setTimeout(abort, SILENCE_MS);
  };
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
    if (response.status === 404 || response.status === 405) return 'missing';
    if (!response.ok || !response.body) return 'failed';
    watch();
    callbacks.onOpen();
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return 'ended';
      watch();
      buffer += value.replace(/\r\n?/g, '\n');
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const data = dataOf(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
        if (data !== null) callbacks.onEntry(JSON.parse(data) as TimelineEntry);
      }
    }
  } catch {
    return 'failed';
  } finally {
    window.clearTimeout(silence);
    outer.removeEventListener('abort', abort);
  }
}

/** The data of one server-sent event, or null for a comment (heartbeat) or an event without data. */
function dataOf(event: string): string | null {
  const data = event
    .split('\n')
    .filter((line) => line.startsWith('data:'))
    .map((line) => line.slice(line.startsWith('data: ') ? 6 : 5));
  return data.length ? data.join('\n') : null;
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
