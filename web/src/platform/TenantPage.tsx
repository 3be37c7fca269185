import { useState } from 'preact/hooks';
import { api, eventually, Problem } from '../api';
import { CommandForm } from '../CommandForm';
import { wholeNumber, type Command, type Draft } from '../command';
import { Link } from '../router';
import type { RequestBody, Tenant } from '../types';
import { Empty, LoadError, Loading, Notice, useLoad } from '../ui';
import { label, when } from '../words';

/** The tenant's thank-you window, starting from the current one. */
export function thankYouWindow(current: number): Command<Draft<RequestBody<'ThankYouWindow'>>> {
  return {
    title: 'Thank-you window',
    method: 'PUT',
    path: '/thank-you-window',
    rows: [
      {
        name: 'hours',
        label: 'Hours after a meeting',
        control: 'number',
        initial: String(current),
        hint: 'A thank-you sent within this many hours of a meeting is on time. 1 to 168 hours.',
      },
    ],
    body: (v) => ({ hours: wholeNumber(v.hours) }),
    submit: 'Save the window',
    done: 'The thank-you window is saved.',
  };
}

/** One tenant onboarded through Rapport, and its policy. */
export function TenantPage({ id }: { id: string }) {
  const base = `/api/v1/tenants/${encodeURIComponent(id)}`;
  const load = () => api<Tenant>(base);
  const { data, error, setData } = useLoad(load, [id]);
  const [notice, setNotice] = useState<string | null>(null);
  const back = (
    <p class="crumbs">
      <Link href="/tenants">All tenants</Link>
    </p>
  );
  if (error instanceof Problem && error.status === 404) {
    return (
      <section aria-labelledby="tenant-title">
        {back}
        <h1 id="tenant-title">Tenant {id}</h1>
        <Empty title="No tenant onboarded through Rapport has this id.">
          <p>
            A tenant set up in the identity provider directly is listed among all tenants, but its thank-you window is
            set by its own tenant admins, not here.
          </p>
        </Empty>
      </section>
    );
  }
  if (error) return <LoadError error={error} />;
  if (!data) return <Loading what="the tenant" />;
  return (
    <section aria-labelledby="tenant-title">
      {back}
      <h1 id="tenant-title">{data.name || data.tenantId}</h1>
      <dl class="facts card">
        <dt>Id</dt>
        <dd>
          <code>{data.tenantId}</code>
        </dd>
        <dt>Kind</dt>
        <dd>{data.kind ? label(data.kind) : '—'}</dd>
        <dt>Domain</dt>
        <dd>{data.domain ?? '—'}</dd>
        <dt>Onboarded</dt>
        <dd>{when(data.onboardedAt)}</dd>
        <dt>Thank-you window</dt>
        <dd data-field="thankYouWindowHours">{data.thankYouWindowHours} hours</dd>
      </dl>
      <CommandForm
        key={data.tenantId}
        layout="card"
        command={thankYouWindow(data.thankYouWindowHours)}
        base={base}
        done={async (message, { values }) => {
          setNotice(null);
          setData(await eventually(load, (t) => t.thankYouWindowHours === Number(values.hours)));
          setNotice(message);
        }}
      />
      <Notice text={notice} />
    </section>
  );
}
