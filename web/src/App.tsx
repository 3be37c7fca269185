import { useEffect } from 'preact/hooks';
import { signOut } from './auth';
import { Link, navigate, useLocation } from './router';
import { resolve } from './routes';
import type { Me } from './types';
import { Agenda } from './student/Agenda';
import { Relationships } from './student/Relationships';
import { NewRelationship } from './student/NewRelationship';
import { RelationshipPage } from './student/RelationshipPage';
import { ScheduleChat } from './student/ScheduleChat';
import { ChatPage } from './student/ChatPage';
import { Caseload } from './coach/Caseload';
import { StudentTimeline } from './coach/StudentTimeline';
import { Members } from './admin/Members';
import { People } from './admin/People';
import { Settings } from './admin/Settings';
import { Tenants } from './platform/Tenants';
import { TenantPage } from './platform/TenantPage';
import { Audit } from './admin/Audit';
import { Report } from './admin/Report';
import { NudgeReport } from './admin/NudgeReport';
import { Bell } from './notifications/Bell';
import { NotificationsProvider } from './notifications/live';
import { hasNotifications } from './notifications/model';
import { Notifications } from './notifications/Notifications';
import { NotificationSettings } from './notifications/NotificationSettings';
import { Empty } from './ui';

type NavItem = { href: string; text: string };

function navigation(me: Me): NavItem[] {
  const items: NavItem[] = [];
  if (me.roles.includes('student')) {
    items.push(
      { href: '/agenda', text: 'Agenda' },
      { href: '/relationships', text: 'Relationships' },
      { href: '/timeline', text: 'My timeline' },
    );
  }
  if (me.roles.includes('coach')) items.push({ href: '/caseload', text: 'Caseload' });
  if (me.roles.includes('tenant-admin')) {
    items.push(
      { href: '/members', text: 'Members' },
      { href: '/people', text: 'People' },
      { href: '/audit', text: 'Audit log' },
      { href: '/report', text: 'Report' },
      { href: '/nudge-report', text: 'Nudge report' },
      { href: '/settings', text: 'Settings' },
    );
  }
  if (me.roles.includes('platform-admin')) items.push({ href: '/tenants', text: 'Tenants' });
  return items;
}

function Routes({ me }: { me: Me }) {
  const { path } = useLocation();
  const view = resolve(path, me);
  switch (view.name) {
    case 'agenda':
      return <Agenda me={me} />;
    case 'relationships':
      return <Relationships />;
    case 'newRelationship':
      return <NewRelationship />;
    case 'scheduleChat':
      return <ScheduleChat relationshipId={view.relationshipId} />;
    case 'relationship':
      return <RelationshipPage id={view.id} />;
    case 'chat':
      return <ChatPage id={view.id} me={me} />;
    case 'studentTimeline':
      return <StudentTimeline me={me} studentId={view.studentId} />;
    case 'caseload':
      return <Caseload />;
    case 'members':
      return <Members me={me} />;
    case 'people':
      return <People />;
    case 'settings':
      return <Settings />;
    case 'tenants':
      return <Tenants />;
    case 'tenant':
      return <TenantPage id={view.id} />;
    case 'audit':
      return <Audit />;
    case 'report':
      return <Report />;
    case 'nudgeReport':
      return <NudgeReport />;
    case 'notifications':
      return <Notifications />;
    case 'notificationSettings':
      return <NotificationSettings />;
    case 'home':
      return <Home me={me} />;
    case 'notFound':
      return <NotFound />;
  }
}

function NotFound() {
  return (
    <Empty title="There is nothing at this address.">
      <p>
        <Link href="/">Go to your start page</Link>
      </p>
    </Empty>
  );
}

function Home({ me }: { me: Me }) {
  const first = navigation(me)[0];
  useEffect(() => {
    if (first) navigate(first.href, true);
  }, [first?.href]);
  if (first) return null;
  return (
    <Empty title="Your account has no role in Rapport.">
      <p>
        {me.tenantId
          ? 'Ask your institution to give you the student, coach or tenant-admin role.'
          : 'Your account belongs to no institution. Platform staff need the platform-admin role.'}
      </p>
    </Empty>
  );
}

export function App({ me }: { me: Me }) {
  const { path } = useLocation();
  const items = navigation(me);
  const notified = hasNotifications(me);
  return (
    <NotificationsProvider live={notified}>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <div class="brand">
          <Link href="/">Rapport</Link>
          {me.tenantId ? <span class="tenant">{me.tenantId}</span> : null}
        </div>
        <nav aria-label="Main">
          <ul>
            {items.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={path === item.href || path.startsWith(item.href + '/') ? 'page' : undefined}
                >
                  {item.text}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div class="who">
          {notified ? <Bell current={path === '/notifications'} /> : null}
          <span class="user-name">{me.name ?? me.username}</span>
          {notified ? (
            <Link
              href="/notification-settings"
              class="small"
              aria-current={path === '/notification-settings' ? 'page' : undefined}
            >
              Notification settings
            </Link>
          ) : null}
          <button type="button" class="link" onClick={() => void signOut()}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" class="page" tabIndex={-1}>
        <Routes me={me} />
      </main>
    </NotificationsProvider>
  );
}
