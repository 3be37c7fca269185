import { useEffect } from 'preact/hooks';
import { signOut } from './auth';
import { Link, match, navigate, useLocation } from './router';
import type { Me } from './types';
import { Agenda } from './student/Agenda';
import { Relationships } from './student/Relationships';
import { NewRelationship } from './student/NewRelationship';
import { RelationshipPage } from './student/RelationshipPage';
import { ScheduleChat } from './student/ScheduleChat';
import { ChatPage } from './student/ChatPage';
import { Caseload } from './coach/Caseload';
import { StudentTimeline } from './coach/StudentTimeline';
import { People } from './admin/People';
import { Audit } from './admin/Audit';
import { Report } from './admin/Report';
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
      { href: '/people', text: 'People' },
      { href: '/audit', text: 'Audit log' },
      { href: '/report', text: 'Report' },
    );
  }
  return items;
}

function Routes({ me }: { me: Me }) {
  const { path } = useLocation();
  const is = (role: string) => me.roles.includes(role);
  let params: Record<string, string> | null;

  if (is('student')) {
    if (path === '/agenda') return <Agenda me={me} />;
    if (path === '/relationships') return <Relationships />;
    if (path === '/relationships/new') return <NewRelationship />;
    if ((params = match('/relationships/:id/schedule', path))) return <ScheduleChat relationshipId={params.id} />;
    if ((params = match('/relationships/:id', path))) return <RelationshipPage id={params.id} />;
    if ((params = match('/chats/:id', path))) return <ChatPage id={params.id} me={me} />;
    if (path === '/timeline') return <StudentTimeline me={me} studentId={me.userId} />;
  }
  if (is('coach') && path === '/caseload') return <Caseload />;
  if ((is('coach') || is('tenant-admin')) && (params = match('/students/:id', path))) {
    return <StudentTimeline me={me} studentId={params.id} />;
  }
  if (is('tenant-admin')) {
    if (path === '/people') return <People />;
    if (path === '/audit') return <Audit />;
    if (path === '/report') return <Report />;
  }
  if (path === '/' || path === '/signed-in') {
    return <Home me={me} />;
  }
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
          : 'Platform staff manage tenants through the API; the app is for students, coaches and tenant admins.'}
      </p>
    </Empty>
  );
}

export function App({ me }: { me: Me }) {
  const { path } = useLocation();
  const items = navigation(me);
  return (
    <>
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
          <span class="user-name">{me.name ?? me.username}</span>
          <button type="button" class="link" onClick={() => void signOut()}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" class="page" tabIndex={-1}>
        <Routes me={me} />
      </main>
    </>
  );
}
