// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dataOf, fieldOf } from './sse';

describe('a server-sent event', () => {
  it('has a name, "message" when it says none', () => {
    expect(fieldOf('event: notification\nid: 7\ndata: {}', 'event')).toBe('notification');
    expect(fieldOf('event:notification\ndata: {}', 'event')).toBe('notification');
    expect(fieldOf('id: 7\ndata: {}', 'event')).toBe('message');
  });

  it('may have an id, the last one it gives', () => {
    expect(fieldOf('id: 7\ndata: {}', 'id')).toBe('7');
    expect(fieldOf('id: 7\nid: 8\ndata: {}', 'id')).toBe('8');
    expect(fieldOf('data: {}', 'id')).toBeNull();
  });

  it('gives its data lines joined, or null without data', () => {
    expect(dataOf('event: notification\ndata: {"a":\ndata:1}')).toBe('{"a":\n1}');
    expect(dataOf(':heartbeat')).toBeNull();
  });
});
