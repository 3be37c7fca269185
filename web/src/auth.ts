import { User, UserManager, WebStorageStateStore } from 'oidc-client-ts';

// Login through Keycloak: authorization code flow with PKCE (S256) as the public client
// rapport-web. Tokens stay in this tab's sessionStorage; the refresh token renews them.

type AppConfig = { issuer: string; clientId: string };

export const CALLBACK_PATH = '/signed-in';

let manager: UserManager | null = null;

function users(): UserManager {
  if (!manager) throw new Error('Sign-in is not configured yet');
  return manager;
}

async function configure(): Promise<void> {
  const response = await fetch('/app-config.json', { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`The app's configuration could not be loaded (${response.status})`);
  const config = (await response.json()) as AppConfig;
  manager = new UserManager({
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: window.location.origin + CALLBACK_PATH,
    post_logout_redirect_uri: window.location.origin + '/',
    response_type: 'code',
    scope: 'openid profile email',
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: true,
    monitorSession: false,
    loadUserInfo: false,
  });
  manager.events.addSilentRenewError(() => {
    void signIn();
  });
}

/** Signs in if needed; resolves with the user, or never (the page goes to Keycloak). */
export async function ensureSignedIn(): Promise<User> {
  await configure();
  if (window.location.pathname === CALLBACK_PATH) {
    const user = await users().signinRedirectCallback();
    const returnTo = (user.state as { returnTo?: string } | undefined)?.returnTo ?? '/';
    window.history.replaceState(null, '', returnTo.startsWith('/') ? returnTo : '/');
    return user;
  }
  let user = await users().getUser();
  if (user && user.expired && user.refresh_token) {
    user = await users()
      .signinSilent()
      .catch(() => null);
  }
  if (!user || user.expired) {
    await signIn();
    return new Promise<User>(() => {});
  }
  return user;
}

export async function signIn(): Promise<void> {
  await users().signinRedirect({
    state: { returnTo: window.location.pathname + window.location.search },
  });
}

export async function signOut(): Promise<void> {
  await users().signoutRedirect();
}

/** The current access token, renewed first when it is about to expire. */
export async function accessToken(): Promise<string> {
  let user = await users().getUser();
  if (user && (user.expires_in ?? 0) < 30 && user.refresh_token) {
    user = await users()
      .signinSilent()
      .catch(() => null);
  }
  if (!user || user.expired) {
    await signIn();
    return new Promise<string>(() => {});
  }
  return user.access_token;
}
