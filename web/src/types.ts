// The shapes the API answers with (see the gateway's controllers and the query side's views).

export type Me = {
  userId: string;
  tenantId: string | null;
  roles: string[];
  username: string | null;
  name: string | null;
  email: string | null;
};

export type Contact = {
  name: string;
  company: string | null;
  role: string | null;
  email: string | null;
  profileUrl: string | null;
};

export type Relationship = {
  relationshipId: string;
  studentId: string;
  contact: Contact;
  howWeMet: string | null;
  status: 'ACTIVE' | 'COOLING';
  cadenceDays: number;
  startedAt: string;
  lastContactAt: string | null;
  nextTouchpointDue: string | null;
  connection: {
    platform: string;
    message: string;
    requestedAt: string;
    acceptedAt: string | null;
  } | null;
  reciprocityOffers: string[];
  outcomes: { outcomeId: string; kind: string; note: string | null; at: string }[];
};

export type TimelineEntry = {
  id: string;
  at: string;
  type: string;
  sentence: string;
  actorId: string;
  relationshipId: string | null;
  chatId: string | null;
  details: Record<string, unknown> | null;
  /** Place in the event stream: the id of its server-sent event. */
  position: number;
};

export type TimelinePage = { items: TimelineEntry[]; nextCursor: string | null };

export type Question = { questionId: string; text: string; flags: string[]; addedAt: string };

export type Chat = {
  chatId: string;
  relationshipId: string;
  studentId: string;
  contactName: string;
  kind: string;
  status: 'SCHEDULED' | 'HELD' | 'CANCELLED' | 'NO_SHOW';
  startsAt: string;
  durationMinutes: number;
  setting: string;
  location: string | null;
  purpose: string | null;
  notes: string[];
  scheduledAt: string;
  cancelReason: string | null;
  preparation: {
    researchNotes: {
      noteId: string;
      topic: string;
      text: string;
      sourceUrl: string | null;
      addedAt: string;
    }[];
    questions: Question[];
    flaggedQuestions: number;
    hasResearch: boolean;
    hasEnoughQuestions: boolean;
  } | null;
  meeting: {
    heldAt: string;
    durationMinutes: number;
    agreedMinutes: number;
    points: { pointId: string; text: string }[];
    insights: string | null;
    leads: string[];
    goalsSharedWhenPrompted: boolean;
    flags: string[];
  } | null;
  thankYou: {
    sentAt: string;
    channel: string;
    message: string;
    referencedPointIds: string[];
    hoursAfterMeeting: number;
    onTime: boolean;
    windowHours: number;
  } | null;
  toDo: string[];
};

export type ThankYouDue = {
  chatId: string;
  relationshipId: string;
  contactName: string;
  heldAt: string;
  dueBy: string;
  hoursLeft: number;
};

export type Agenda = {
  asOf: string;
  upcomingChats: {
    chatId: string;
    relationshipId: string;
    contactName: string;
    kind: string;
    startsAt: string;
    durationMinutes: number;
    setting: string;
  }[];
  preparationGaps: { chatId: string; contactName: string; startsAt: string; missing: string[] }[];
  thankYousDue: ThankYouDue[];
  thankYousOverdue: ThankYouDue[];
  touchpointsDue: {
    relationshipId: string;
    contactName: string;
    lastContactAt: string | null;
    dueAt: string;
    cooling: boolean;
  }[];
};

export type CaseloadStudent = {
  studentId: string;
  name: string | null;
  cohort: string | null;
  lastActivityAt: string | null;
  chatsLast30Days: number;
  upcomingChats: number;
  overdueThankYous: number;
  coolingRelationships: number;
  flaggedQuestions: number;
  badges: string[];
};

export type Caseload = { asOf: string; students: CaseloadStudent[] };

export type Person = {
  userId: string;
  username: string | null;
  name: string | null;
  email: string | null;
  roles: string[];
  cohort: string | null;
  coachId: string | null;
};

export type ReportRow = {
  cohort: string | null;
  kind: string;
  scheduled: number;
  held: number;
  thankYouSent: number;
  thankYouOnTime: number;
  connectionRequested: number;
  connectionAccepted: number;
  reciprocityOffered: number;
  outcomes: Record<string, number>;
  medianHoursToThankYou: number | null;
};

export type AuditEntry = {
  sequence: number;
  eventId: string;
  type: string;
  category: 'SECURITY' | 'ACTIVITY' | string;
  at: string;
  actorId: string | null;
  roles: string[];
  correlationId: string | null;
  studentId: string | null;
  summary: string;
  hash: string;
};

export type AuditVerification = {
  valid: boolean;
  entries: number;
  firstBrokenAt: number | null;
  /** entries written before the chain was signed, checked by their hashes only */
  unsignedEntries?: number;
};
