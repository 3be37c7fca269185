import { api, eventually } from '../api';
import { CommandForm } from '../CommandForm';
import { optionalText, type Command, type Draft } from '../command';
import { Link, navigate } from '../router';
import type { RequestBody, Tenant, TenantList } from '../types';
import { Badge, Empty, LoadError, Loading, useLoad } from '../ui';
import { day, label, TENANT_KINDS } from '../words';

const load = () => api<TenantList>('/api/v1/tenants');

/** A number field's value, left out when empty (for the API's default). */
function optionalNumber(value: string | undefined): number | undefined {
  return value?.trim() ? Number(value) : undefined;
}

/** Onboarding a tenant: its organization in the identity provider, and its policy. */
export function onboarding(defaultWindowHours: number): Command<Draft<RequestBody<'Onboarding'>>> {
  return {
    title: 'Onboard a tenant',
    method: 'POST',
    path: '',
    rows: [
      [
        {
          name: 'tenantId',
          label: 'Tenant id',
          control: 'text',
          required: true,
          hint: '2 to 63 of a-z, 0-9 and -, not first. It becomes the organization\'s alias and cannot change.',
        },
        { name: 'name', label: 'Name', control: 'text', required: true },
      ],
      [
        { name: 'kind', label: 'Kind', control: 'select', options: TENANT_KINDS, initial: 'UNIVERSITY' },
        {
          name: 'thankYouWindowHours',
          label: 'Thank-you window (hours)',
          control: 'number',
          hint: `1 to 168 hours; ${defaultWindowHours} if left empty.`,
        },
      ],
      { name: 'domain', label: 'Internet domain', control: 'text', hint: 'e.g. northfield.example; may be left empty.' },
    ],
    body: (v) => ({
      tenantId: v.tenantId.trim(),
      name: v.name.trim(),
      kind: v.kind as RequestBody<'Onboarding'>['kind'],
      thankYouWindowHours: optionalNumber(v.thankYouWindowHours),
      domain: optionalText(v.domain),
    }),
    submit: 'Onboard',
    done: 'Onboarded.',
    conflicts: { 'tenant-exists': 'tenantId', 'organization-refused': 'domain' },
  };
}

/** Every tenant, onboarded through Rapport or set up in the identity provider directly. */
export function Tenants() {
  const { data, error } = useLoad(load, []);
  return (
    <section aria-labelledby="tenants-title">
      <h1 id="tenants-title">Tenants</h1>
      <p class="lead">The institutions on Rapport and their policies.</p>
      <CommandForm
        command={onboarding(data?.defaultThankYouWindowHours ?? 24)}
        base="/api/v1/tenants"
        done={async (_, { values }) => {
          const id = values.tenantId.trim();
          await eventually(
            () => api<Tenant>(`/api/v1/tenants/${encodeURIComponent(id)}`),
            () => true,
          );
          navigate(`/tenants/${encodeURIComponent(id)}`);
        }}
      />
      <LoadError error={error} />
      {!data && !error ? <Loading what="the tenants" /> : null}
      {data && !data.items.length ? <Empty title="No tenants yet." /> : null}
      {data && data.items.length ? (
        <div class="table-wrap">
          <table class="table tenants">
            <caption class="visually-hidden">Tenants, by id</caption>
            <thead>
              <tr>
                <th scope="col">Tenant</th>
                <th scope="col">Kind</th>
                <th scope="col">Domain</th>
                <th scope="col">Thank-you window</th>
                <th scope="col">Onboarded</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((t) => (
                <tr key={t.tenantId} data-tenant={t.tenantId}>
                  <th scope="row" data-label="Tenant">
                    {t.onboarded ? <Link href={`/tenants/${encodeURIComponent(t.tenantId)}`}>{t.name || t.tenantId}</Link> : t.name || t.tenantId}
                    <div class="muted">
                      <code>{t.tenantId}</code>
                    </div>
                  </th>
                  <td data-label="Kind">{t.kind ? label(t.kind) : '—'}</td>
                  <td data-label="Domain">{t.domain ?? '—'}</td>
                  <td data-label="Thank-you window">{t.thankYouWindowHours} h</td>
                  <td data-label="Onboarded">
                    {t.onboarded ? (
                      day(t.onboardedAt)
                    ) : (
                      <Badge title="Set up in the identity provider directly, not onboarded through Rapport.">
                        Not through Rapport
                      </Badge>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {data?.items.some((t) => !t.onboarded) ? (
        <p class="hint">
          Tenants marked “Not through Rapport” were set up in the identity provider directly. Platform staff cannot
          set their thank-you window here; their own tenant admins set it in their settings.
        </p>
      ) : null}
    </section>
  );
}
