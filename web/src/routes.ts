import { hasNotifications } from './notifications/model';

// Which view a deep link shows to whom: the app's paths, resolved against the user's roles.

export type View =
  | { name: 'agenda' }
  | { name: 'relationships' }
  | { name: 'newRelationship' }
  | { name: 'scheduleChat'; relationshipId: string }
  | { name: 'relationship'; id: string }
  | { name: 'chat'; id: string }
  | { name: 'studentTimeline'; studentId: string }
  | { name: 'caseload' }
  | { name: 'members' }
  | { name: 'people' }
  | { name: 'settings' }
  | { name: 'audit' }
  | { name: 'report' }
  | { name: 'nudgeReport' }
  | { name: 'notifications' }
  | { name: 'notificationSettings' }
  | { name: 'tenants' }
  | { name: 'tenant'; id: string }
  | { name: 'home' }
  | { name: 'notFound' };

/** Matches a path against a pattern like /chats/:id; returns the parameters, or null. */
export function match(pattern: string, path: string): Record<string, string> | null {
  const names: string[] = [];
  const regex = new RegExp(
    '^' +
      pattern.replace(/:([a-zA-Z]+)/g, (_, name: string) => {
        names.push(name);
        return '([^/]+)';
      }) +
      '/?$',
  );
  const found = regex.exec(path);
  if (!found) return null;
  return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(found[i + 1])]));
}

/** The view for a path; a student's own timeline is the student timeline of her own id. */
export function resolve(path: string, me: { userId: string; roles: string[] }): View {
  const is = (role: string) => me.roles.includes(role);
  let params: Record<string, string> | null;

  if (is('student')) {
    if (path === '/agenda') return { name: 'agenda' };
    if (path === '/relationships') return { name: 'relationships' };
    if (path === '/relationships/new') return { name: 'newRelationship' };
    if ((params = match('/relationships/:id/schedule', path))) {
      return { name: 'scheduleChat', relationshipId: params.id };
    }
    if ((params = match('/relationships/:id', path))) return { name: 'relationship', id: params.id };
    if ((params = match('/chats/:id', path))) return { name: 'chat', id: params.id };
    if (path === '/timeline') return { name: 'studentTimeline', studentId: me.userId };
  }
  if (is('coach') && path === '/caseload') return { name: 'caseload' };
  if ((is('coach') || is('tenant-admin')) && (params = match('/students/:id', path))) {
    return { name: 'studentTimeline', studentId: params.id };
  }
  if (is('tenant-admin')) {
    if (path === '/members') return { name: 'members' };
    if (path === '/people') return { name: 'people' };
    if (path === '/audit') return { name: 'audit' };
    if (path === '/report') return { name: 'report' };
    if (path === '/nudge-report') return { name: 'nudgeReport' };
    if (path === '/settings') return { name: 'settings' };
  }
  if (hasNotifications(me)) {
    if (path === '/notifications') return { name: 'notifications' };
    if (path === '/notification-settings') return { name: 'notificationSettings' };
  }
  if (is('platform-admin')) {
    if (path === '/tenants') return { name: 'tenants' };
    if ((params = match('/tenants/:id', path))) return { name: 'tenant', id: params.id };
  }
  if (path === '/' || path === '/signed-in') return { name: 'home' };
  return { name: 'notFound' };
}
