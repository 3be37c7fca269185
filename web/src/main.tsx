import { render } from 'preact';
import { api } from './api';
import { ensureSignedIn } from './auth';
import { App } from './App';
import type { Me } from './types';
import './styles.css';

const root = document.getElementById('app')!;

async function start(): Promise<void> {
  await ensureSignedIn();
  const me = await api<Me>('/api/v1/me');
  render(<App me={me} />, root);
}

start().catch((error: unknown) => {
  render(
    <main class="page">
      <div class="alert" role="alert">
        <strong>Rapport could not start</strong>
        <p>{error instanceof Error ? error.message : String(error)}</p>
        <p>
          <a href="/">Try again</a>
        </p>
      </div>
    </main>,
    root,
  );
});
