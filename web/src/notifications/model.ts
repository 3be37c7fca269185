// The nudges: what the API answers about notifications, their settings and their report. The
// OpenAPI copy (api/openapi.json) does not describe these endpoints yet, so their shapes are
// written here; once the document has them, types.ts may take them from it instead.

export const NOTIFICATIONS = '/api/v1/me/notifications';
export const NOTIFICATION_STREAM = '/api/v1/me/notifications/stream';
export const NOTIFICATION_SETTINGS = '/api/v1/me/notification-settings';
export const NUDGE_REPORT = '/api/v1/reports/nudges';

export type Rule =
  | 'PREPARE_FOR_CHAT'
  | 'THANK_YOU_DUE'
  | 'THANK_YOU_OVERDUE'
  | 'TOUCHPOINT_DUE'
  | 'CONNECTION_FOLLOW_UP'
  | 'COACH_WEEKLY_DIGEST';

/** One notification (nudge), as the list and the stream give it. */
export type AppNotification = {
  id: string;
  rule: Rule | string;
  at: string;
  title: string;
  text: string;
  /** An app path, e.g. /chats/abc; null when there is nothing to open. */
  link: string | null;
  readAt: string | null;
};

export type NotificationPage = { items: AppNotification[]; nextCursor: string | null; unreadCount: number };

export type QuietHours = { from: string; to: string };

/** A person's own choices: the channels, the rules of their roles, their time zone and quiet hours. */
export type NotificationSettings = {
  email: boolean;
  inApp: boolean;
  rules: Record<string, boolean>;
  timeZone: string;
  quietHours: QuietHours | null;
};

/** The tenant's nudges, part of its settings (GET/PUT /api/v1/tenant/settings). */
export type NudgePolicy = {
  rules: Record<string, boolean>;
  prepareHoursBefore: number;
  thankYouDueHoursBefore: number;
  connectionFollowUpDays: number;
};

export type NudgeOutcome = { cases: number; actedInTime: number; rate: number | null };

export type NudgeReportRow = { rule: Rule | string; nudged: NudgeOutcome; notNudged: NudgeOutcome };

export type NudgeReport = { from: string; to: string; cohort: string | null; rules: NudgeReportRow[] };

type RuleWords = {
  /** The rule's name. */
  label: string;
  /** What it reminds the person of, for their own settings. */
  description: string;
  /** What it does, for the tenant admins who turn it on or off for everyone. */
  policy: string;
};

/** The rules in the order they are shown, in words. */
export const RULES: Record<Rule, RuleWords> = {
  PREPARE_FOR_CHAT: {
    label: 'Prepare for a chat',
    description: 'Before a chat, a reminder to add your research and questions.',
    policy: 'Reminds students to prepare (research and questions) before a chat.',
  },
  THANK_YOU_DUE: {
    label: 'Thank-you due',
    description: 'After a chat, a reminder to send your thank-you before it is late.',
    policy: 'Reminds students to send their thank-you before the thank-you window closes.',
  },
  THANK_YOU_OVERDUE: {
    label: 'Thank-you overdue',
    description: "When a thank-you was not sent in time (for coaches: one of their students').",
    policy: 'Tells students, and their coach, when a thank-you was not sent in time.',
  },
  TOUCHPOINT_DUE: {
    label: 'Time to keep in touch',
    description: 'When a relationship has gone quiet for longer than its cadence.',
    policy: 'Reminds students to get back in touch when a relationship goes quiet for longer than its cadence.',
  },
  CONNECTION_FOLLOW_UP: {
    label: 'Connection follow-up',
    description: 'When a contact has not accepted your connection request after some days.',
    policy: 'Reminds students to follow up when a connection request stays unanswered.',
  },
  COACH_WEEKLY_DIGEST: {
    label: 'Weekly digest',
    description: 'Once a week, which of your students may need a hand, and why.',
    policy: 'Sends coaches a weekly list of the students who may need a hand.',
  },
};

export const RULE_ORDER = Object.keys(RULES) as Rule[];

export function ruleLabel(rule: string): string {
  return (RULES as Record<string, RuleWords | undefined>)[rule]?.label ?? rule.charAt(0) + rule.slice(1).toLowerCase().replace(/_/g, ' ');
}

export function ruleWords(rule: string): RuleWords | undefined {
  return (RULES as Record<string, RuleWords | undefined>)[rule];
}

/** The rules of a map in the order they are shown: the known ones first, then any others. */
export function orderedRules(rules: Record<string, boolean>): string[] {
  const known = RULE_ORDER.filter((rule) => rule in rules);
  return [...known, ...Object.keys(rules).filter((rule) => !known.includes(rule as Rule))];
}

/** Whether a notification's link is a path of this app (and not another site's address). */
export function isAppPath(link: string | null | undefined): link is string {
  return !!link && link.startsWith('/') && !link.startsWith('//') && !link.includes('\\');
}

/** What following a notification's link opens, in words. */
export function linkText(link: string): string {
  if (link.startsWith('/chats/')) return 'Open the chat';
  if (link.startsWith('/relationships/')) return 'Open the relationship';
  if (link.startsWith('/students/')) return "Open the student's timeline";
  if (link.startsWith('/caseload')) return 'Open your caseload';
  return 'Open';
}

/** The roles that have notifications: the tenant's people (platform staff have no tenant data). */
export function hasNotifications(me: { roles: string[] }): boolean {
  return me.roles.some((role) => role === 'student' || role === 'coach' || role === 'tenant-admin');
}

/** The time zone this device is set to. */
export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The time zones to choose from: the ones this browser knows, with the given ones added if missing. */
export function timeZones(...also: string[]): string[] {
  let known: string[] = [];
  try {
    known = Intl.supportedValuesOf('timeZone');
  } catch {
    // an older browser: only the given zones
  }
  return [...new Set([...known, ...also.filter(Boolean)])].sort();
}
