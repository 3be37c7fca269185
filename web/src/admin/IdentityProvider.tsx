import { useEffect, useRef, useState } from 'preact/hooks';
import { api, Problem } from '../api';
import { CommandForm } from '../CommandForm';
import { optionalText, type Command, type Draft } from '../command';
import type { IdentityProvider, RequestBody } from '../types';
import { Badge, LoadError, Loading, Notice, ProblemAlert, useSubmit, useLoad } from '../ui';
import { IDENTITY_PROVIDER_KINDS, label } from '../words';

const PATH = '/api/v1/tenant/identity-provider';

/** The tenant's identity provider, or null when none is linked (404). */
export async function loadIdentityProvider(): Promise<IdentityProvider | null> {
  try {
    return await api<IdentityProvider>(PATH);
  } catch (e) {
    if (e instanceof Problem && e.status === 404) return null;
    throw e;
  }
}

/** E-mail domains as typed: separated by commas, semicolons, spaces or lines. */
export function domainsOf(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[\s,;]+/)
    .map((domain) => domain.trim())
    .filter(Boolean);
}

const saml = (kind: string | undefined) => kind === 'SAML';

/**
 * Linking the institution's identity provider, or changing the one linked: the form starts from
 * it, without its secret, which is kept when left blank.
 */
export function linkIdentityProvider(current: IdentityProvider | null): Command<Draft<RequestBody<'Link'>>> {
  return {
    title: current ? 'Change the identity provider' : 'Link an identity provider',
    method: 'PUT',
    path: '',
    rows: [
      {
        name: 'kind',
        label: 'Kind',
        control: 'select',
        options: IDENTITY_PROVIDER_KINDS,
        initial: current?.kind ?? 'OIDC',
      },
      {
        name: 'issuer',
        label: 'Issuer',
        control: 'url',
        initial: current?.issuer ?? '',
        required: true,
        shown: (v) => !saml(v.kind),
        hint: "The provider's address, e.g. https://login.northfield.edu/realms/staff: Rapport reads its configuration from there. https (http only on localhost).",
      },
      {
        name: 'metadataUrl',
        label: 'Metadata URL',
        control: 'url',
        initial: current?.metadataUrl ?? '',
        required: true,
        shown: (v) => saml(v.kind),
        hint: 'Where the provider publishes its SAML metadata. https (http only on localhost).',
      },
      [
        {
          name: 'clientId',
          label: 'Client id',
          control: 'text',
          initial: current?.clientId ?? '',
          required: true,
          hint: "The client the provider registered for Rapport (with SAML, Rapport's entity id there).",
        },
        {
          name: 'clientSecret',
          label: 'Client secret',
          control: 'password',
          required: !current?.clientSecretSet,
          shown: (v) => !saml(v.kind),
          hint: current?.clientSecretSet
            ? 'A secret is set: leave blank to keep the current one.'
            : 'The secret the provider gave that client.',
        },
      ],
      {
        name: 'emailDomains',
        label: 'E-mail domains',
        control: 'textarea',
        rows: 3,
        initial: current?.emailDomains.join('\n') ?? '',
        required: true,
        hint: 'One a line, or separated by commas: 1 to 10 domains, e.g. northfield.edu.',
      },
    ],
    body: (v) => ({
      kind: v.kind === 'SAML' ? 'SAML' : 'OIDC',
      issuer: saml(v.kind) ? undefined : optionalText(v.issuer),
      metadataUrl: saml(v.kind) ? optionalText(v.metadataUrl) : undefined,
      clientId: optionalText(v.clientId),
      clientSecret: saml(v.kind) || !v.clientSecret ? undefined : v.clientSecret,
      emailDomains: domainsOf(v.emailDomains),
    }),
    submit: current ? 'Save the identity provider' : 'Link the identity provider',
    done: current ? 'The identity provider is saved.' : 'The identity provider is linked.',
    conflicts: { 'domain-taken': 'emailDomains' },
  };
}

/** What is linked, never a secret. */
function Linked({ provider }: { provider: IdentityProvider }) {
  const oidc = provider.kind === 'OIDC';
  return (
    <dl class="facts">
      <dt>Kind</dt>
      <dd data-field="kind">{label(provider.kind)}</dd>
      <dt>{oidc ? 'Issuer' : 'Metadata URL'}</dt>
      <dd data-field={oidc ? 'issuer' : 'metadataUrl'}>
        <code>{(oidc ? provider.issuer : provider.metadataUrl) ?? '—'}</code>
      </dd>
      <dt>Client id</dt>
      <dd data-field="clientId">
        <code>{provider.clientId}</code>
      </dd>
      {oidc ? (
        <>
          <dt>Client secret</dt>
          <dd data-field="clientSecretSet">
            {provider.clientSecretSet ? <Badge tone="ok">Secret set</Badge> : <Badge tone="warning">No secret set</Badge>}
          </dd>
        </>
      ) : null}
      <dt>E-mail domains</dt>
      <dd data-field="emailDomains">{provider.emailDomains.join(', ')}</dd>
    </dl>
  );
}

/**
 * The institution's own sign-in, on the tenant's settings: the identity provider linked, to change
 * or unlink (asked to confirm first), or the form to link one.
 */
export function IdentityProviderSettings() {
  const { data, error, loading, setData } = useLoad(loadIdentityProvider, []);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const { problem, busy, submit } = useSubmit();
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirm.current?.focus();
  }, [confirming]);

  const unlink = () =>
    submit(async () => {
      await api(PATH, { method: 'DELETE' });
      setConfirming(false);
      setEditing(false);
      setData(null);
      setNotice('The identity provider is unlinked: everyone signs in with a Rapport password again.');
    });

  const form = (current: IdentityProvider | null) => (
    <CommandForm
      key={current ? 'change' : 'link'}
      layout="plain"
      command={linkIdentityProvider(current)}
      base={PATH}
      cancel={current ? () => setEditing(false) : undefined}
      done={async (message) => {
        setNotice(null);
        const linked = await loadIdentityProvider();
        setData(linked);
        setEditing(false);
        setNotice(message);
      }}
    />
  );

  return (
    <section class="card identity-provider" aria-labelledby="identity-provider-title">
      <h2 id="identity-provider-title">Sign-in through your institution</h2>
      <LoadError error={error} />
      {loading && !data && !error ? <Loading what="the identity provider" /> : null}
      {!loading && !error && !data ? (
        <>
          <p class="lead">
            When your institution's identity provider is linked, people whose e-mail is in its domains are sent to your
            institution's sign-in, and anyone new who signs in that way joins as a student unless the roster says
            otherwise.
          </p>
          {form(null)}
        </>
      ) : null}
      {data && editing ? form(data) : null}
      {data && !editing ? (
        <>
          <p class="lead">People whose e-mail is in these domains sign in through your institution.</p>
          <Linked provider={data} />
          <ProblemAlert problem={problem} />
          {confirming ? (
            <div
              class="confirm"
              role="group"
              aria-labelledby="unlink-question"
              onKeyDown={(e) => {
                if (e.key === 'Escape') setConfirming(false);
              }}
            >
              <p id="unlink-question">
                Unlink the identity provider? People of these domains then need a Rapport password to sign in.
              </p>
              <div class="buttons">
                <button type="button" class="danger" ref={confirm} disabled={busy} onClick={() => void unlink()}>
                  {busy ? 'Unlinking…' : 'Yes, unlink'}
                </button>
                <button type="button" class="secondary" disabled={busy} onClick={() => setConfirming(false)}>
                  Cancel
                </button>
              </div>
            </div>
          ) : (
            <div class="buttons actions">
              <button
                type="button"
                onClick={() => {
                  setNotice(null);
                  setEditing(true);
                }}
              >
                Change
              </button>
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  setNotice(null);
                  setConfirming(true);
                }}
              >
                Unlink
              </button>
            </div>
          )}
        </>
      ) : null}
      <Notice text={notice} />
    </section>
  );
}
