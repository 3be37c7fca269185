import { useState } from 'preact/hooks';
import { api, eventually } from '../api';
import { navigate } from '../router';
import type { Relationship } from '../types';
import { Field, ProblemAlert, useSubmit } from '../ui';

const FIELDS = ['contact.name', 'contact.company', 'contact.role', 'contact.email', 'contact.profileUrl', 'howWeMet'];

/** Starts a relationship with a contact. */
export function NewRelationship() {
  const [name, setName] = useState('');
  const [company, setCompany] = useState('');
  const [role, setRole] = useState('');
  const [email, setEmail] = useState('');
  const [profileUrl, setProfileUrl] = useState('');
  const [howWeMet, setHowWeMet] = useState('');
  const { problem, busy, submit } = useSubmit();
  const blank = (v: string) => (v.trim() ? v.trim() : undefined);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    void submit(async () => {
      const created = await api<{ relationshipId: string }>('/api/v1/relationships', {
        method: 'POST',
        body: {
          contact: {
            name: name.trim(),
            company: blank(company),
            role: blank(role),
            email: blank(email),
            profileUrl: blank(profileUrl),
          },
          howWeMet: blank(howWeMet),
        },
      });
      // the list answers at once, the relationship itself only once its read model has it
      await eventually(
        () => api<{ items: Relationship[] }>('/api/v1/relationships'),
        (list) => list.items.some((r) => r.relationshipId === created.relationshipId),
      );
      navigate(`/relationships/${created.relationshipId}`);
    });
  };

  return (
    <section aria-labelledby="new-rel-title">
      <h1 id="new-rel-title">Start a relationship</h1>
      <p class="lead">Who would you like to learn from? Contacts are people in your network, not Rapport users.</p>
      <form class="form" onSubmit={onSubmit} noValidate>
        <ProblemAlert problem={problem} fields={FIELDS} />
        <Field label="Contact's name" name="contact.name" problem={problem} required>
          {(a) => <input {...a} type="text" autoComplete="off" value={name} onInput={(e) => setName(e.currentTarget.value)} />}
        </Field>
        <div class="two">
          <Field label="Company" name="contact.company" problem={problem}>
            {(a) => <input {...a} type="text" value={company} onInput={(e) => setCompany(e.currentTarget.value)} />}
          </Field>
          <Field label="Role" name="contact.role" problem={problem}>
            {(a) => <input {...a} type="text" value={role} onInput={(e) => setRole(e.currentTarget.value)} />}
          </Field>
        </div>
        <div class="two">
          <Field label="E-mail" name="contact.email" problem={problem}>
            {(a) => <input {...a} type="email" value={email} onInput={(e) => setEmail(e.currentTarget.value)} />}
          </Field>
          <Field label="Profile URL" name="contact.profileUrl" problem={problem} hint="e.g. their LinkedIn page">
            {(a) => <input {...a} type="url" value={profileUrl} onInput={(e) => setProfileUrl(e.currentTarget.value)} />}
          </Field>
        </div>
        <Field label="How you met" name="howWeMet" problem={problem}>
          {(a) => <textarea {...a} rows={2} value={howWeMet} onInput={(e) => setHowWeMet(e.currentTarget.value)} />}
        </Field>
        <div class="buttons">
          <button type="submit" disabled={busy}>
            {busy ? 'Saving…' : 'Start the relationship'}
          </button>
        </div>
      </form>
    </section>
  );
}
