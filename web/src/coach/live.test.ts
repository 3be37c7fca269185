import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TimelineEntry } from '../types';
import { dataOf, follow, RETRY_MS, SILENCE_MS, type Follow } from './live';

vi.mock('../auth', () => ({ accessToken: () => Promise.resolve('the-token') }));

/** A response whose body the test writes to, chunk by chunk; it breaks, as fetch's do, on abort. */
function streaming() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  const encoder = new TextEncoder();
  const fail = () => controller.error(new DOMException('aborted', 'AbortError'));
  return {
    answer: (_url: string, init: RequestInit) => {
      init.signal?.addEventListener('abort', fail);
      return Promise.resolve(new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } }));
    },
    send: (text: string) => controller.enqueue(encoder.encode(text)),
    end: () => controller.close(),
    fail,
  };
}

const status = (code: number, headers: Record<string, string> = {}) => new Response(null, { status: code, headers });

const entry = (position: number): TimelineEntry =>
  ({ id: `e${position}`, position, type: 'ChatScheduled', sentence: `entry ${position}` }) as TimelineEntry;

let fetchMock: ReturnType<typeof vi.fn>;
let callbacks: Follow & { entries: TimelineEntry[]; downs: boolean[]; opens: number; last: string | null };
let controller: AbortController;

/** What each connection attempt sent as Last-Event-ID. */
const lastEventIds = () =>
  fetchMock.mock.calls.map(([, init]) => (init as RequestInit & { headers: Record<string, string> }).headers['Last-Event-ID'] ?? null);

/** Lets the pending promises (fetch, reads) settle, moving the clock by the given time. */
const elapse = (ms = 0) => vi.advanceTimersByTimeAsync(ms);

beforeEach(() => {
  vi.useFakeTimers();
  fetchMock = vi.fn();
  vi.stubGlobal('fetch', fetchMock);
  controller = new AbortController();
  callbacks = {
    entries: [],
    downs: [],
    opens: 0,
    last: null,
    onOpen: () => void callbacks.opens++,
    onEntry: (e) => {
      callbacks.entries.push(e);
      callbacks.last = String(e.position);
    },
    onDown: (forGood) => void callbacks.downs.push(forGood),
    lastEventId: () => callbacks.last,
  };
});

afterEach(() => {
  controller.abort();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('following the live timeline', () => {
  it('hands over each event, skipping heartbeats, however the bytes are split', async () => {
    const stream = streaming();
    fetchMock.mockImplementationOnce(stream.answer);
    void follow('ada', callbacks, controller.signal);
    await elapse();

    expect(fetchMock).toHaveBeenCalledOnce();
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit & { headers: Record<string, string> }];
    expect(url).toBe('/api/v1/students/ada/timeline/stream');
    expect(init.headers).toMatchObject({ Authorization: 'Bearer the-token', Accept: 'text/event-stream' });
    expect(callbacks.opens).toBe(1);

    stream.send(':heartbeat\n\nid: 1\ndata: ' + JSON.stringify(entry(1)).slice(0, 10));
    await elapse();
    expect(callbacks.entries).toEqual([]);
    stream.send(JSON.stringify(entry(1)).slice(10) + '\r');
    stream.send('\n\r\nid: 2\r\ndata: ' + JSON.stringify(entry(2)) + '\r\n\r\n');
    await elapse();
    expect(callbacks.entries.map((e) => e.position)).toEqual([1, 2]);
  });

  it('keeps an event whole when a CRLF is split between two chunks', async () => {
    const stream = streaming();
    fetchMock.mockImplementationOnce(stream.answer);
    void follow('ada', callbacks, controller.signal);
    await elapse();
    stream.send('id: 4\r\ndata: {"id":"e4",\r');
    stream.send('\ndata: "position":4}\r\n\r\n');
    await elapse();

    expect(callbacks.entries).toEqual([{ id: 'e4', position: 4 }]);
    expect(fetchMock).toHaveBeenCalledOnce();
  });

  it('reconnects a second after the server ends the stream, resuming after the last entry had', async () => {
    const first = streaming();
    const second = streaming();
    fetchMock.mockImplementationOnce(first.answer).mockImplementationOnce(second.answer);
    void follow('ada', callbacks, controller.signal);
    await elapse();
    first.send(`data: ${JSON.stringify(entry(7))}\n\n`);
    first.end();
    await elapse(RETRY_MS[0] - 1);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await elapse(1);

    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(lastEventIds()).toEqual([null, '7']);
    expect(callbacks.opens).toBe(2);
    expect(callbacks.downs).toEqual([]);
  });

  it('backs off after failures in a row, polling meanwhile, and starts over once a stream opened', async () => {
    const opened = streaming();
    fetchMock
      .mockRejectedValueOnce(new TypeError('offline'))
      .mockResolvedValueOnce(status(500))
      .mockResolvedValueOnce(status(502))
      .mockResolvedValueOnce(status(503))
      .mockImplementationOnce(opened.answer)
      .mockResolvedValue(status(500));
    void follow('ada', callbacks, controller.signal);

    const calls: number[] = [];
    for (const wait of [0, 2000, 5000, 10_000, 10_000]) {
      await elapse(wait);
      calls.push(fetchMock.mock.calls.length);
    }
    expect(calls).toEqual([1, 2, 3, 4, 5]);
    expect(callbacks.downs).toEqual([false, false, false, false]);

    opened.fail();
    await elapse(2000 - 1);
    expect(fetchMock).toHaveBeenCalledTimes(5);
    await elapse(1);
    expect(fetchMock).toHaveBeenCalledTimes(6);
  });

  it('takes a silent connection for dead and reconnects', async () => {
    const silent = streaming();
    fetchMock.mockImplementationOnce(silent.answer).mockImplementation(streaming().answer);
    void follow('ada', callbacks, controller.signal);
    await elapse(SILENCE_MS - 1);
    silent.send(':heartbeat\n\n');
    await elapse(SILENCE_MS - 1);
    expect(fetchMock).toHaveBeenCalledTimes(1);

    await elapse(1);
    expect(callbacks.downs).toEqual([false]);
    await elapse(RETRY_MS[1]);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it.each([401, 403, 404, 405])('stops for good when refused with %i', async (code) => {
    fetchMock.mockResolvedValue(status(code));
    const following = follow('ada', callbacks, controller.signal);
    await elapse(60_000);
    await following;

    expect(fetchMock).toHaveBeenCalledOnce();
    expect(callbacks.downs).toEqual([true]);
  });

  it('waits as long as Retry-After says when the server has too many streams', async () => {
    fetchMock.mockResolvedValueOnce(status(429, { 'Retry-After': '30' })).mockImplementation(streaming().answer);
    void follow('ada', callbacks, controller.signal);
    await elapse(30_000 - 1);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(callbacks.downs).toEqual([false]);

    await elapse(1);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(callbacks.opens).toBe(1);
  });

  it('stops when the page leaves, whether connected or waiting to reconnect', async () => {
    const stream = streaming();
    fetchMock.mockImplementationOnce(stream.answer).mockResolvedValue(status(500));
    const following = follow('ada', callbacks, controller.signal);
    await elapse();
    controller.abort();
    await following;
    expect(fetchMock.mock.calls[0][1].signal.aborted).toBe(true);

    const later = new AbortController();
    const waiting = follow('ada', callbacks, later.signal);
    await elapse(100);
    later.abort();
    await waiting;
    await elapse(60_000);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});

describe('an event', () => {
  it('gives its data lines joined, or null without data', () => {
    expect(dataOf('id: 3\ndata: {"a":\ndata:1}')).toBe('{"a":\n1}');
    expect(dataOf(': heartbeat')).toBeNull();
    expect(dataOf('id: 3')).toBeNull();
  });
});
