// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { initialValues } from '../command';
import type { Relationship } from '../types';
import { cadence, connectionAccepted, connectionRequest, followUps, outcome, reciprocity, touchpoint } from './FollowUp';

const relationship = (connection: Relationship['connection'] = null) =>
  ({ contact: { name: 'Maya Chen' }, cadenceDays: 45, connection }) as Relationship;

describe('the follow-up commands', () => {
  it('offer the acceptance only while a connection request is pending', () => {
    const titles = (r: Relationship) => followUps(r).map((c) => c.path);
    expect(titles(relationship())).toEqual(['/connection-request', '/reciprocity', '/touchpoints', '/cadence', '/outcomes']);
    const requested = { platform: 'LINKEDIN', message: 'Thanks', requestedAt: '2026-01-01T10:00:00Z', acceptedAt: null };
    expect(titles(relationship(requested))).toContain('/connection-request/accept');
    expect(titles(relationship({ ...requested, acceptedAt: '2026-01-02T10:00:00Z' }))).not.toContain(
      '/connection-request/accept',
    );
  });

  it('start a connection request on LinkedIn, thanking the contact by first name', () => {
    const command = connectionRequest(relationship());
    expect(initialValues(command)).toEqual({ platform: 'LINKEDIN', message: 'Thank you again for the chat, Maya!' });
    expect(command.body({ platform: 'EMAIL', message: 'Thanks!' })).toEqual({ platform: 'EMAIL', message: 'Thanks!' });
    expect(command.method).toBe('POST');
  });

  it('send the acceptance time as an instant, or nothing when it is not a time', () => {
    const command = connectionAccepted();
    expect(initialValues(command).acceptedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/);
    expect(command.body({ acceptedAt: '2026-03-01T09:30' })).toEqual({
      acceptedAt: new Date('2026-03-01T09:30').toISOString(),
    });
    expect(command.body({ acceptedAt: '' })).toEqual({ acceptedAt: undefined });
  });

  it('send a touchpoint and an outcome with the note trimmed, and without an empty one', () => {
    for (const command of [touchpoint(), outcome()]) {
      expect(command.body({ kind: 'OTHER', note: '  a note ', at: '2026-03-01T09:30' })).toEqual({
        kind: 'OTHER',
        note: 'a note',
        at: new Date('2026-03-01T09:30').toISOString(),
      });
      expect(command.body({ kind: 'OTHER', note: '   ', at: '' })).toEqual({ kind: 'OTHER', note: undefined, at: undefined });
    }
    expect(initialValues(touchpoint()).kind).toBe('ARTICLE_SHARED');
    expect(initialValues(outcome()).kind).toBe('REFERRAL');
  });

  it('put the cadence as a number starting from the current one, and null when emptied', () => {
    const command = cadence(45);
    expect(command.method).toBe('PUT');
    expect(initialValues(command)).toEqual({ everyDays: '45' });
    expect(command.body({ everyDays: '30' })).toEqual({ everyDays: 30 });
    expect(command.body({ everyDays: '' })).toEqual({ everyDays: null });
  });

  it('send the offer as written', () => {
    expect(reciprocity().body({ offer: 'Beta-test their app' })).toEqual({ offer: 'Beta-test their app' });
  });
});
