// The domain's codes in the users' words.

const LABELS: Record<string, string> = {
  INFORMATIONAL_INTERVIEW: 'Informational interview',
  NETWORKING_MEETUP: 'Networking meetup',
  CASUAL_SCREENING_CHAT: 'Casual screening chat',
  COFFEE_SHOP: 'Coffee shop',
  VIDEO_CALL: 'Video call',
  PHONE_CALL: 'Phone call',
  EVENT: 'Event',
  OFFICE: 'Office',
  OTHER: 'Other',
  BACKGROUND: 'Background',
  RECENT_PROJECTS: 'Recent projects',
  COMPANY_NEWS: 'Company news',
  PUBLICATIONS: 'Publications',
  PROFILE: 'Profile',
  EMAIL: 'E-mail',
  LINKEDIN: 'LinkedIn',
  HANDWRITTEN: 'Handwritten card',
  ARTICLE_SHARED: 'Shared an article',
  CONGRATULATIONS: 'Congratulations',
  UPDATE: 'An update',
  CHECK_IN: 'A check-in',
  REFERRAL: 'Referral',
  INTRODUCTION: 'Introduction',
  JOB_LEAD: 'Job lead',
  INTERVIEW_INVITATION: 'Interview invitation',
  OFFER: 'Offer',
  SCHEDULED: 'Scheduled',
  HELD: 'Held',
  CANCELLED: 'Cancelled',
  NO_SHOW: 'No-show',
  ACTIVE: 'Active',
  COOLING: 'Cooling',
  OVERDUE_THANK_YOU: 'Overdue thank-you',
  FLAGGED_QUESTIONS: 'Flagged questions',
  RESEARCH_NOTE: 'a research note',
  THREE_QUESTIONS: 'three questions',
  OVERRAN: 'Overran',
  STUDENT: 'Student',
  COACH: 'Coach',
  TENANT_ADMIN: 'Tenant admin',
  INVITED: 'Invited',
  DEACTIVATED: 'Deactivated',
  UNIVERSITY: 'University',
  BOOTCAMP: 'Bootcamp',
  OIDC: 'OpenID Connect (OIDC)',
  SAML: 'SAML 2.0',
};

export function label(code: string | null | undefined): string {
  if (!code) return '';
  return LABELS[code] ?? code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, ' ');
}

export const CHAT_KINDS = ['INFORMATIONAL_INTERVIEW', 'NETWORKING_MEETUP', 'CASUAL_SCREENING_CHAT'];
export const SETTINGS = ['COFFEE_SHOP', 'VIDEO_CALL', 'PHONE_CALL', 'EVENT', 'OFFICE', 'OTHER'];
export const RESEARCH_TOPICS = ['BACKGROUND', 'RECENT_PROJECTS', 'COMPANY_NEWS', 'PUBLICATIONS', 'PROFILE'];
export const CHANNELS = ['EMAIL', 'LINKEDIN', 'HANDWRITTEN', 'OTHER'];
export const PLATFORMS = ['LINKEDIN', 'EMAIL', 'OTHER'];
export const TOUCHPOINT_KINDS = ['ARTICLE_SHARED', 'CONGRATULATIONS', 'UPDATE', 'CHECK_IN', 'OTHER'];
export const OUTCOME_KINDS = ['REFERRAL', 'INTRODUCTION', 'JOB_LEAD', 'INTERVIEW_INVITATION', 'OFFER', 'OTHER'];

export const MEMBER_ROLES = ['STUDENT', 'COACH', 'TENANT_ADMIN'] as const;
export const MEMBER_STATUSES = ['INVITED', 'ACTIVE', 'DEACTIVATED'] as const;
export const IDENTITY_PROVIDER_KINDS = ['OIDC', 'SAML'] as const;
export const TENANT_KINDS = ['UNIVERSITY', 'BOOTCAMP'] as const;

/** What a member's status means, for the list's badges. */
export const MEMBER_STATUS_MEANING: Record<string, string> = {
  INVITED: 'Has an account but has not signed in yet.',
  ACTIVE: 'Has signed in.',
  DEACTIVATED: 'Can no longer sign in; everything they did is kept.',
};

export const KIND_PURPOSE: Record<string, string> = {
  INFORMATIONAL_INTERVIEW:
    'Learn the day-to-day reality of a role, company or sector, with no expectation of an offer.',
  NETWORKING_MEETUP: 'Grow a reciprocal relationship: shared connections, collaborations.',
  CASUAL_SCREENING_CHAT:
    "A company's non-committal first look at you, before any formal process.",
};

/** Why a prepared question is flagged, and what to do instead. */
export const QUESTION_FLAGS: Record<string, { name: string; why: string }> = {
  SALARY: {
    name: 'Salary',
    why: 'Asks about pay. Leave money for a formal process; it turns a chat into a negotiation.',
  },
  JOB_OPENING: {
    name: 'Job opening',
    why: 'Asks about a specific opening. The chat is for learning; let openings come up on their own.',
  },
  JOB_OFFER: {
    name: 'Asks for a job',
    why: 'Asks for a job or a referral outright, which puts the contact on the spot.',
  },
  CLOSED_ENDED: {
    name: 'Closed question',
    why: 'Can be answered with yes or no. Ask "how", "what" or "why" to invite a story.',
  },
};

export const BADGES: Record<string, string> = {
  OVERDUE_THANK_YOU: 'A thank-you is overdue (more than the window after a meeting).',
  COOLING: 'A relationship has had no contact for longer than its cadence.',
  FLAGGED_QUESTIONS: 'Prepared questions were flagged (salary, openings, offers or yes/no).',
};

export const TIMELINE_TYPES = [
  'RelationshipStarted',
  'ChatScheduled',
  'ChatRescheduled',
  'ChatCancelled',
  'ChatMarkedNoShow',
  'ResearchNoteAdded',
  'QuestionPrepared',
  'MeetingLogged',
  'ThankYouSent',
  'ConnectionRequested',
  'ConnectionAccepted',
  'ReciprocityOffered',
  'TouchpointLogged',
  'CadenceSet',
  'OutcomeRecorded',
  'CoachNoteAdded',
];

export function typeLabel(type: string): string {
  const words = type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function when(instant: string | null | undefined): string {
  if (!instant) return '—';
  return new Date(instant).toLocaleString(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86400],
  ['month', 30 * 86400],
  ['week', 7 * 86400],
  ['day', 86400],
  ['hour', 3600],
  ['minute', 60],
];

/** How long ago (or how soon) an instant is, e.g. "5 minutes ago", "yesterday", "just now". */
export function ago(instant: string, now: number = Date.now()): string {
  const seconds = (new Date(instant).getTime() - now) / 1000;
  if (Number.isNaN(seconds)) return '—';
  const format = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return 'just now';
}

export function day(instant: string | null | undefined): string {
  if (!instant) return '—';
  return new Date(instant).toLocaleDateString(undefined, { dateStyle: 'medium' });
}

/** A datetime-local input's value for an instant. */
export function localInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(
    date.getHours(),
  )}:${pad(date.getMinutes())}`;
}

/** The instant of a datetime-local input's value, or undefined when empty or invalid. */
export function instant(value: string): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

export function hours(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return `${rounded} h`;
}
