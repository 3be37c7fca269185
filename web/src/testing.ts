import { vi } from 'vitest';

// A fetch for tests that answers each request when the test says so, so that a test can look at the
// page between two answers (e.g. an import's progress while it runs).

export type Call = { url: string; init: RequestInit; answer: (status: number, body?: unknown) => void };

export function controlledFetch() {
  const calls: Call[] = [];
  const waiting: ((call: Call) => void)[] = [];
  const fetch = vi.fn((url: string, init: RequestInit = {}) =>
    new Promise<Response>((resolve) => {
      const call: Call = {
        url,
        init,
        answer: (status, body) =>
          resolve(
            new Response(status === 204 || body === undefined ? null : JSON.stringify(body), {
              status,
              headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
            }),
          ),
      };
      const taker = waiting.shift();
      if (taker) taker(call);
      else calls.push(call);
    }),
  );
  /** The next request the page sends, once it has sent it. */
  const next = (): Promise<Call> => {
    const call = calls.shift();
    return call ? Promise.resolve(call) : new Promise((resolve) => waiting.push(resolve));
  };
  return { fetch, next };
}

/** An answer: its status and body (left out for 204). */
export type Answer = [number, unknown?];

type Route = { method: string; path: string | RegExp; answer: (url: string, init: RequestInit) => Answer };

/**
 * A fetch for tests that answers by method and path (the path without its query, or a pattern of
 * the whole URL); the route added last wins, so that a test can change an answer midway.
 * Unknown requests answer 404.
 */
export function routedFetch() {
  const routes: Route[] = [];
  const fetch = vi.fn((url: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    const route = [...routes]
      .reverse()
      .find((r) => r.method === method && (typeof r.path === 'string' ? url.split('?')[0] === r.path : r.path.test(url)));
    const [status, body] = route ? route.answer(url, init) : [404, { title: 'Not Found', status: 404 }];
    return Promise.resolve(
      new Response(status === 204 || body === undefined ? null : JSON.stringify(body), {
        status,
        headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
      }),
    );
  });
  const on = (method: string, path: string | RegExp, answer: Answer | ((url: string, init: RequestInit) => Answer)) => {
    routes.push({ method, path, answer: typeof answer === 'function' ? answer : () => answer });
  };
  /** The requests sent with this method to this path (without query), as URLs and bodies. */
  const sent = (method: string, path: string) =>
    fetch.mock.calls
      .filter(([url, init]) => (init?.method ?? 'GET') === method && url.split('?')[0] === path)
      .map(([url, init]) => ({ url, body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined }));
  return { fetch, on, sent };
}

/**
 * A server-sent event stream for tests: a response whose body the test writes to, event by event;
 * it breaks, as fetch's do, when the request is aborted.
 */
export function eventStream() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  const encoder = new TextEncoder();
  const requests: { url: string; init: RequestInit }[] = [];
  return {
    /** Answers a request with the stream. */
    answer: (url: string, init: RequestInit = {}) => {
      requests.push({ url, init });
      init.signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
      return Promise.resolve(new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } }));
    },
    /** The requests answered, with their headers. */
    requests,
    send: (text: string) => controller.enqueue(encoder.encode(text)),
    end: () => controller.close(),
  };
}
