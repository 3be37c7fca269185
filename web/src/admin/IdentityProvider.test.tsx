import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { routedFetch } from '../testing';
import { domainsOf } from './IdentityProvider';
import { Settings } from './Settings';

vi.mock('../auth', () => ({ accessToken: () => Promise.resolve('token'), signIn: vi.fn() }));

const PATH = '/api/v1/tenant/identity-provider';
const NONE = [404, { type: '/problems/not-found', title: 'Not Found', status: 404 }] as const;
const LINKED = {
  kind: 'OIDC',
  issuer: 'https://login.southside.example/realms/staff',
  metadataUrl: null,
  clientId: 'rapport',
  clientSecretSet: true,
  emailDomains: ['southside.example', 'staff.southside.example'],
};

let server: ReturnType<typeof routedFetch>;

beforeEach(() => {
  server = routedFetch();
  vi.stubGlobal('fetch', server.fetch);
  server.on('GET', '/api/v1/tenant/settings', [200, { thankYouWindowHours: 24, defaultCadenceDays: 90 }]);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const section = async () =>
  within(await screen.findByRole('region', { name: 'Sign-in through your institution' }));
const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const errorOf = (name: string) => document.querySelector(`.field-error[data-field=${name}]`)?.textContent;

describe('e-mail domains as typed', () => {
  it('are separated by commas or lines, blanks left out', () => {
    expect(domainsOf(' northfield.edu,\n staff.northfield.edu ,, \n\nalumni.northfield.edu ')).toEqual([
      'northfield.edu',
      'staff.northfield.edu',
      'alumni.northfield.edu',
    ]);
    expect(domainsOf('')).toEqual([]);
  });
});

describe('the institution’s identity provider on the settings page', () => {
  it('when none is linked, says what linking does and offers the form, with the fields of the kind', async () => {
    server.on('GET', PATH, [...NONE]);
    render(<Settings />);
    const idp = await section();
    expect(await idp.findByText(/people whose e-mail is in its domains are sent to your institution's sign-in/)).toBeTruthy();
    expect(idp.getByText(/joins as a student/)).toBeTruthy();
    expect(idp.getByRole('form', { name: 'Link an identity provider' })).toBeTruthy();
    expect(field('Kind').value).toBe('OIDC');
    expect(field('Issuer')).toBeTruthy();
    expect(field('Client secret').type).toBe('password');
    expect(screen.queryByLabelText('Metadata URL')).toBeNull();
    expect(idp.queryByRole('button', { name: 'Unlink' })).toBeNull();

    fireEvent.change(field('Kind'), { target: { value: 'SAML' } });
    expect(field('Metadata URL')).toBeTruthy();
    expect(screen.queryByLabelText('Issuer')).toBeNull();
    expect(screen.queryByLabelText('Client secret')).toBeNull();
  });

  it("shows the API's refusals next to their fields, a domain of another organization next to the domains, then the link", async () => {
    server.on('GET', PATH, [...NONE]);
    render(<Settings />);
    await screen.findByRole('form', { name: 'Link an identity provider' });
    server.on('PUT', PATH, [
      400,
      {
        type: '/problems/invalid-input',
        title: 'Bad Request',
        errors: [{ field: 'issuer', message: 'An https address is needed.' }],
      },
    ]);
    fireEvent.input(field('Issuer'), { target: { value: 'http://example.com/realms/x' } });
    fireEvent.input(field('Client id'), { target: { value: 'rapport' } });
    fireEvent.input(field('Client secret'), { target: { value: 's3cret' } });
    fireEvent.input(field('E-mail domains'), { target: { value: 'southside.example,\nstaff.southside.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Link the identity provider' }));
    await waitFor(() => expect(field('Issuer').getAttribute('aria-invalid')).toBe('true'));
    expect(errorOf('issuer')).toBe('An https address is needed.');
    expect(field('E-mail domains').getAttribute('aria-invalid')).toBe('false');
    expect(server.sent('PUT', PATH).at(-1)?.body).toEqual({
      kind: 'OIDC',
      issuer: 'http://example.com/realms/x',
      clientId: 'rapport',
      clientSecret: 's3cret',
      emailDomains: ['southside.example', 'staff.southside.example'],
    });

    server.on('PUT', PATH, [
      409,
      {
        type: '/problems/domain-taken',
        title: 'Conflict',
        detail: 'One of these e-mail domains belongs to another organization.',
      },
    ]);
    fireEvent.input(field('Issuer'), { target: { value: 'https://login.southside.example/realms/staff' } });
    fireEvent.click(screen.getByRole('button', { name: 'Link the identity provider' }));
    await waitFor(() => expect(field('E-mail domains').getAttribute('aria-invalid')).toBe('true'));
    expect(errorOf('emailDomains')).toBe('One of these e-mail domains belongs to another organization.');
    expect(field('Issuer').getAttribute('aria-invalid')).toBe('false');

    server.on('PUT', PATH, [204]);
    server.on('GET', PATH, [200, LINKED]);
    fireEvent.click(screen.getByRole('button', { name: 'Link the identity provider' }));
    expect(await screen.findByText('The identity provider is linked.')).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Link an identity provider' })).toBeNull();
    expect(document.querySelector('dd[data-field=issuer]')?.textContent).toBe(LINKED.issuer);
  });

  it('when one is linked, shows it without a secret, and changes it keeping the secret when left blank', async () => {
    server.on('GET', PATH, [200, LINKED]);
    render(<Settings />);
    const idp = await section();
    expect(await idp.findByText('Secret set')).toBeTruthy();
    expect(idp.getByText('OpenID Connect (OIDC)')).toBeTruthy();
    expect(idp.getByText(LINKED.issuer)).toBeTruthy();
    expect(idp.getByText('rapport')).toBeTruthy();
    expect(idp.getByText('southside.example, staff.southside.example')).toBeTruthy();
    expect(idp.queryByRole('form')).toBeNull();

    fireEvent.click(idp.getByRole('button', { name: 'Change' }));
    expect(idp.getByRole('form', { name: 'Change the identity provider' })).toBeTruthy();
    expect(field('Issuer').value).toBe(LINKED.issuer);
    expect(field('Client id').value).toBe('rapport');
    expect(field('Client secret').value).toBe('');
    expect(idp.getByText(/leave blank to keep the current one/)).toBeTruthy();
    expect(field('E-mail domains').value).toBe('southside.example\nstaff.southside.example');

    server.on('PUT', PATH, [204]);
    server.on('GET', PATH, [200, { ...LINKED, clientId: 'rapport-2' }]);
    fireEvent.input(field('Client id'), { target: { value: 'rapport-2' } });
    fireEvent.click(idp.getByRole('button', { name: 'Save the identity provider' }));
    expect(await screen.findByText('The identity provider is saved.')).toBeTruthy();
    expect(server.sent('PUT', PATH).at(-1)?.body).toEqual({
      kind: 'OIDC',
      issuer: LINKED.issuer,
      clientId: 'rapport-2',
      emailDomains: ['southside.example', 'staff.southside.example'],
    });
    expect(idp.getByText('rapport-2')).toBeTruthy();
  });

  it('a change can be left without sending it', async () => {
    server.on('GET', PATH, [200, LINKED]);
    render(<Settings />);
    const idp = await section();
    fireEvent.click(await idp.findByRole('button', { name: 'Change' }));
    fireEvent.click(idp.getByRole('button', { name: 'Cancel' }));
    expect(idp.queryByRole('form')).toBeNull();
    expect(idp.getByText('Secret set')).toBeTruthy();
    expect(server.sent('PUT', PATH)).toEqual([]);
  });

  it('unlinks only once confirmed, then offers the form again', async () => {
    server.on('GET', PATH, [200, LINKED]);
    render(<Settings />);
    const idp = await section();
    fireEvent.click(await idp.findByRole('button', { name: 'Unlink' }));
    expect(server.sent('DELETE', PATH)).toEqual([]);
    expect(idp.getByText(/Unlink the identity provider\?/)).toBeTruthy();
    fireEvent.click(idp.getByRole('button', { name: 'Cancel' }));
    expect(idp.getByText('Secret set')).toBeTruthy();

    fireEvent.click(idp.getByRole('button', { name: 'Unlink' }));
    server.on('DELETE', PATH, [204]);
    server.on('GET', PATH, [...NONE]);
    fireEvent.click(idp.getByRole('button', { name: 'Yes, unlink' }));
    expect(await idp.findByText(/The identity provider is unlinked/)).toBeTruthy();
    expect(server.sent('DELETE', PATH)).toHaveLength(1);
    expect(idp.getByRole('form', { name: 'Link an identity provider' })).toBeTruthy();
  });

  it('shows a SAML provider by its metadata URL, without a secret to speak of', async () => {
    server.on('GET', PATH, [
      200,
      {
        kind: 'SAML',
        issuer: null,
        metadataUrl: 'https://idp.southside.example/metadata',
        clientId: 'rapport-sp',
        clientSecretSet: false,
        emailDomains: ['southside.example'],
      },
    ]);
    render(<Settings />);
    const idp = await section();
    expect(await idp.findByText('SAML 2.0')).toBeTruthy();
    expect(idp.getByText('Metadata URL')).toBeTruthy();
    expect(idp.getByText('https://idp.southside.example/metadata')).toBeTruthy();
    expect(idp.queryByText(/secret/i)).toBeNull();
  });

  it('says so when the identity provider cannot be read, and offers no form', async () => {
    server.on('GET', PATH, [
      503,
      { type: '/problems/service-unavailable', title: 'Service Unavailable', detail: 'Keycloak is away; try again shortly.' },
    ]);
    render(<Settings />);
    const idp = await section();
    expect((await idp.findByRole('alert')).textContent).toContain('Keycloak is away; try again shortly.');
    expect(idp.queryByRole('form')).toBeNull();
  });
});
