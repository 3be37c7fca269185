import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Link, navigate, useLocation } from './router';

function Where() {
  const { path, search } = useLocation();
  return <p data-testid="where">{path + (search.get('q') ? `?q=${search.get('q')}` : '')}</p>;
}

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
});
afterEach(cleanup);

describe('the router', () => {
  it('shows the new location after navigate, and after the browser goes back', async () => {
    render(<Where />);
    expect(screen.getByTestId('where').textContent).toBe('/');

    navigate('/chats/1?q=x');
    expect(await screen.findByText('/chats/1?q=x')).toBeTruthy();
    expect(window.location.pathname).toBe('/chats/1');

    window.history.replaceState(null, '', '/agenda');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(await screen.findByText('/agenda')).toBeTruthy();
  });

  it('replaces the history entry when asked to', () => {
    const before = window.history.length;
    navigate('/a');
    navigate('/b', true);
    expect(window.history.length).toBe(before + 1);
    expect(window.location.pathname).toBe('/b');
  });

  it('follows a plain click on a link without reloading, and leaves modified clicks to the browser', async () => {
    render(
      <>
        <Link href="/relationships">Relationships</Link>
        <Where />
      </>,
    );
    const link = screen.getByText('Relationships');
    // whether the link's handler kept the browser from following it (jsdom cannot follow it)
    const leftToBrowser: boolean[] = [];
    const record = (event: Event) => {
      leftToBrowser.push(!event.defaultPrevented);
      event.preventDefault();
    };
    window.addEventListener('click', record);

    fireEvent.click(link, { button: 0 });
    expect(await screen.findByText('/relationships')).toBeTruthy();

    window.history.replaceState(null, '', '/');
    fireEvent.click(link, { button: 0, ctrlKey: true });
    fireEvent.click(link, { button: 1 });
    window.removeEventListener('click', record);
    expect(leftToBrowser).toEqual([false, true, true]);
    expect(window.location.pathname).toBe('/');
  });
});
