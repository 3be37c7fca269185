import { accessToken } from '../auth';

// A student's timeline, live: the server's event stream when it has one, otherwise polling.

let streamMissing = false;

/**
 * Listens to /timeline/stream and calls onEvent for each event; resolves false at once when the
 * server has no stream (404) or it cannot be opened, true when an open stream ends.
 */
export async function listen(
  studentId: string,
  onOpen: () => void,
  onEvent: () => void,
  signal: AbortSignal,
): Promise<boolean> {
  if (streamMissing) return false;
  try {
    const response = await fetch(`/api/v1/students/${encodeURIComponent(studentId)}/timeline/stream`, {
      headers: { Authorization: `Bearer ${await accessToken()}`, Accept: 'text/event-stream' },
      signal,
    });
    if (response.status === 404 || response.status === 405) streamMissing = true;
    if (!response.ok || !response.body) return false;
    onOpen();
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return true;
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const event = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (event.split('\n').some((line) => line.startsWith('data:'))) onEvent();
      }
    }
  } catch {
    return false;
  }
}

export const POLL_MS = 3000;
