// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { match, resolve } from './routes';

const student = { userId: 'ada', roles: ['student'] };
const coach = { userId: 'carla', roles: ['coach'] };
const admin = { userId: 'dan', roles: ['tenant-admin'] };
const platform = { userId: 'pat', roles: ['platform-admin'] };
const nobody = { userId: 'eve', roles: [] };

describe('match', () => {
  it('gives the parameters of a matching path, decoded', () => {
    expect(match('/chats/:id', '/chats/a%20b')).toEqual({ id: 'a b' });
    expect(match('/relationships/:id/schedule', '/relationships/42/schedule/')).toEqual({ id: '42' });
  });

  it('gives null for a path that does not match', () => {
    expect(match('/chats/:id', '/chats')).toBeNull();
    expect(match('/chats/:id', '/chats/1/2')).toBeNull();
    expect(match('/chats/:id', '/x/chats/1')).toBeNull();
  });
});

describe('resolve', () => {
  it.each([
    ['/agenda', { name: 'agenda' }],
    ['/relationships', { name: 'relationships' }],
    ['/relationships/new', { name: 'newRelationship' }],
    ['/relationships/r1', { name: 'relationship', id: 'r1' }],
    ['/relationships/r1/schedule', { name: 'scheduleChat', relationshipId: 'r1' }],
    ['/chats/c1', { name: 'chat', id: 'c1' }],
    ['/timeline', { name: 'studentTimeline', studentId: 'ada' }],
    ['/', { name: 'home' }],
    ['/signed-in', { name: 'home' }],
  ])('takes a student from %s to her view', (path, view) => {
    expect(resolve(path, student)).toEqual(view);
  });

  it("takes a coach to her caseload and a student's timeline", () => {
    expect(resolve('/caseload', coach)).toEqual({ name: 'caseload' });
    expect(resolve('/students/ada', coach)).toEqual({ name: 'studentTimeline', studentId: 'ada' });
  });

  it("takes a tenant admin to people, audit, report and a student's timeline", () => {
    expect(resolve('/people', admin)).toEqual({ name: 'people' });
    expect(resolve('/audit', admin)).toEqual({ name: 'audit' });
    expect(resolve('/report', admin)).toEqual({ name: 'report' });
    expect(resolve('/students/ada', admin)).toEqual({ name: 'studentTimeline', studentId: 'ada' });
  });

  it('takes a tenant admin to the nudge report, and no one else', () => {
    expect(resolve('/nudge-report', admin)).toEqual({ name: 'nudgeReport' });
    for (const user of [student, coach, platform, nobody]) {
      expect(resolve('/nudge-report', user)).toEqual({ name: 'notFound' });
    }
  });

  it("takes students, coaches and tenant admins to their notifications and their settings, but not platform staff", () => {
    for (const user of [student, coach, admin]) {
      expect(resolve('/notifications', user)).toEqual({ name: 'notifications' });
      expect(resolve('/notification-settings', user)).toEqual({ name: 'notificationSettings' });
    }
    for (const user of [platform, nobody]) {
      expect(resolve('/notifications', user)).toEqual({ name: 'notFound' });
      expect(resolve('/notification-settings', user)).toEqual({ name: 'notFound' });
    }
  });

  it("takes a tenant admin to the members and the tenant's settings", () => {
    expect(resolve('/members', admin)).toEqual({ name: 'members' });
    expect(resolve('/settings', admin)).toEqual({ name: 'settings' });
  });

  it('takes platform staff to the tenants and to one tenant', () => {
    expect(resolve('/tenants', platform)).toEqual({ name: 'tenants' });
    expect(resolve('/tenants/north-field', platform)).toEqual({ name: 'tenant', id: 'north-field' });
    expect(resolve('/tenants/a%2Fb', platform)).toEqual({ name: 'tenant', id: 'a/b' });
    expect(resolve('/', platform)).toEqual({ name: 'home' });
  });

  it('keeps members, settings and tenants to their roles', () => {
    for (const user of [student, coach, platform, nobody]) {
      expect(resolve('/members', user)).toEqual({ name: 'notFound' });
      expect(resolve('/settings', user)).toEqual({ name: 'notFound' });
    }
    for (const user of [student, coach, admin, nobody]) {
      expect(resolve('/tenants', user)).toEqual({ name: 'notFound' });
      expect(resolve('/tenants/north-field', user)).toEqual({ name: 'notFound' });
    }
    expect(resolve('/people', platform)).toEqual({ name: 'notFound' });
    expect(resolve('/audit', platform)).toEqual({ name: 'notFound' });
  });

  it('finds nothing at an unknown address', () => {
    expect(resolve('/nowhere', student)).toEqual({ name: 'notFound' });
    expect(resolve('/chats', student)).toEqual({ name: 'notFound' });
    expect(resolve('/relationships/r1/elsewhere', student)).toEqual({ name: 'notFound' });
  });

  it('finds nothing at a view of a role the user does not have', () => {
    expect(resolve('/agenda', coach)).toEqual({ name: 'notFound' });
    expect(resolve('/caseload', student)).toEqual({ name: 'notFound' });
    expect(resolve('/students/ada', student)).toEqual({ name: 'notFound' });
    expect(resolve('/audit', coach)).toEqual({ name: 'notFound' });
    expect(resolve('/people', nobody)).toEqual({ name: 'notFound' });
    expect(resolve('/', nobody)).toEqual({ name: 'home' });
  });
});
