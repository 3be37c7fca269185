import { followStream, type Stream } from '../sse';
import type { TimelineEntry } from '../types';

// A student's timeline, live, from the server's event stream (sse.ts: fetch with a stream reader,
// since EventSource cannot send the bearer token). Polling is the fallback while the stream is down.

export { dataOf, RETRY_MS, SILENCE_MS } from '../sse';

export const POLL_MS = 3000;

export type Follow = Stream<TimelineEntry>;

/**
 * Follows /timeline/stream until the signal aborts, reconnecting with Last-Event-ID: at once
 * after a stream that ended, with a growing pause after failures, after Retry-After when the
 * server is busy, and never after a refusal.
 */
export function follow(studentId: string, callbacks: Follow, signal: AbortSignal): Promise<void> {
  return followStream(`/api/v1/students/${encodeURIComponent(studentId)}/timeline/stream`, callbacks, signal);
}
