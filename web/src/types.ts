import type { components } from './api/schema';

// The shapes the API answers with, from the OpenAPI document the gateway serves (generated into
// api/schema.d.ts by `npm run api:types`). The document is thinner than the answers in three ways,
// refined here: it marks no property of a view as always there (the server writes every one, null
// when empty), it says nothing of null, and where a request and a view share a class name (Question,
// ResearchNote, ThankYou) it describes only one of them. A refinement may only name properties that
// the document has, so a property renamed or removed on the server fails the type check.

type Schemas = components['schemas'];

/** Every property there, as the server writes them (default-property-inclusion: always). */
type Served<T> = { [K in keyof T]-?: Exclude<T[K], undefined> };

/** A view with some properties restated: nullable, narrowed, or described better than the document. */
type Refined<T, R extends { [K in keyof R]: K extends keyof T ? unknown : never }> = Omit<Served<T>, keyof R> & R;

export type Me = Refined<
  Schemas['Me'],
  { tenantId: string | null; username: string | null; name: string | null; email: string | null }
>;

export type Contact = Refined<
  Schemas['ContactView'],
  { company: string | null; role: string | null; email: string | null; profileUrl: string | null }
>;

export type Relationship = Refined<
  Schemas['RelationshipView'],
  {
    contact: Contact;
    howWeMet: string | null;
    status: 'ACTIVE' | 'COOLING';
    lastContactAt: string | null;
    nextTouchpointDue: string | null;
    connection: Refined<Schemas['Connection'], { acceptedAt: string | null }> | null;
    outcomes: (Refined<Schemas['Outcome'], { note: string | null }> & { outcomeId: string })[];
  }
>;

export type TimelineEntry = Refined<
  Schemas['TimelineEntryView'],
  {
    relationshipId: string | null;
    chatId: string | null;
    details: Record<string, unknown> | null;
  }
>;

export type TimelinePage = Refined<Schemas['TimelinePage'], { items: TimelineEntry[]; nextCursor: string | null }>;

/** A prepared question as the chat shows it (the document has only the request's Question). */
export type Question = Served<Schemas['Question']> & { questionId: string; flags: string[]; addedAt: string };

/** A research note as the chat shows it (the document has only the request's ResearchNote). */
type ResearchNote = Refined<Schemas['ResearchNote'], { topic: string; sourceUrl: string | null }> & {
  noteId: string;
  addedAt: string;
};

/** A thank-you as the chat shows it (the document has only the request's ThankYou). */
type SentThankYou = Refined<Schemas['ThankYou'], { channel: string }> & {
  hoursAfterMeeting: number;
  onTime: boolean;
  windowHours: number;
};

export type Chat = Refined<
  Schemas['ChatView'],
  {
    status: 'SCHEDULED' | 'HELD' | 'CANCELLED' | 'NO_SHOW';
    location: string | null;
    purpose: string | null;
    cancelReason: string | null;
    preparation: Refined<Schemas['Preparation'], { researchNotes: ResearchNote[]; questions: Question[] }> | null;
    meeting: Refined<Schemas['MeetingLog'], { insights: string | null; points: Served<Schemas['Point']>[] }> | null;
    thankYou: SentThankYou | null;
  }
>;

export type ThankYouDue = Served<Schemas['ThankYouDue']>;

export type Agenda = Refined<
  Schemas['AgendaView'],
  {
    upcomingChats: Served<Schemas['UpcomingChat']>[];
    preparationGaps: Served<Schemas['PreparationGap']>[];
    thankYousDue: ThankYouDue[];
    thankYousOverdue: ThankYouDue[];
    touchpointsDue: Refined<Schemas['TouchpointDue'], { lastContactAt: string | null }>[];
  }
>;

export type CaseloadStudent = Refined<
  Schemas['StudentSummary'],
  { name: string | null; cohort: string | null; lastActivityAt: string | null }
>;

export type Caseload = Refined<Schemas['CaseloadView'], { students: CaseloadStudent[] }>;

export type Person = Refined<
  Schemas['PersonView'],
  { username: string | null; name: string | null; email: string | null; cohort: string | null; coachId: string | null }
>;

export type ReportRow = Refined<Schemas['Row'], { cohort: string | null; medianHoursToThankYou: number | null }>;

export type AuditEntry = Refined<
  Schemas['AuditEntryView'],
  {
    category: 'SECURITY' | 'ACTIVITY' | string;
    actorId: string | null;
    correlationId: string | null;
    studentId: string | null;
  }
>;

export type AuditVerification = Refined<
  Schemas['AuditChainView'],
  {
    firstBrokenAt: number | null;
    /** entries written before the chain was signed, checked by their hashes only */
    unsignedEntries?: number;
  }
>;

/** The body of a request, as the document describes it. */
export type RequestBody<Name extends keyof Schemas> = Schemas[Name];

export type MemberRole = 'STUDENT' | 'COACH' | 'TENANT_ADMIN';
export type MemberStatus = 'INVITED' | 'ACTIVE' | 'DEACTIVATED';

export type Member = Refined<
  Schemas['MemberView'],
  {
    role: MemberRole;
    status: MemberStatus;
    email: string | null;
    firstName: string | null;
    lastName: string | null;
    cohort: string | null;
    coachId: string | null;
  }
>;

export type MemberPage = Refined<Schemas['MemberList'], { items: Member[]; nextCursor: string | null }>;

export type ImportRowError = Refined<Schemas['RowError'], { field: string | null }>;

/** A roster import and how far it got; a dry run counts what the import would do. */
export type MemberImport = Refined<
  Schemas['MemberImportView'],
  { state: 'RUNNING' | 'DONE' | 'FAILED'; errors: ImportRowError[] }
>;

export type TenantSettings = Served<Schemas['TenantSettingsView']>;

export type Tenant = Refined<
  Schemas['TenantView'],
  { kind: 'UNIVERSITY' | 'BOOTCAMP' | null; domain: string | null; onboardedAt: string | null }
>;

export type TenantList = Refined<Schemas['TenantList'], { items: Tenant[] }>;

/** The institution's identity provider linked to the tenant: never its secret, only whether one is set. */
export type IdentityProvider = Refined<
  Schemas['IdentityProviderLink'],
  { kind: 'OIDC' | 'SAML'; issuer: string | null; metadataUrl: string | null }
>;
