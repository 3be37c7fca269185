import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';

// A small history router: paths are the app's deep links; the gateway answers every one of them
// with index.html. Which view a path shows is routes.ts's to say.

const listeners = new Set<() => void>();

export function navigate(to: string, replace = false): void {
  if (replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  listeners.forEach((listener) => listener());
  window.scrollTo(0, 0);
}

window.addEventListener('popstate', () => listeners.forEach((listener) => listener()));

export function useLocation(): { path: string; search: URLSearchParams } {
  const [, setTick] = useState(0);
  const rendered = window.location.pathname + window.location.search;
  useEffect(() => {
    const listener = () => setTick((tick) => tick + 1);
    listeners.add(listener);
    // a child's effect may have navigated before this one subscribed (children's effects run first)
    if (window.location.pathname + window.location.search !== rendered) listener();
    return () => {
      listeners.delete(listener);
    };
  }, []);
  return { path: window.location.pathname, search: new URLSearchParams(window.location.search) };
}

type LinkProps = JSX.HTMLAttributes<HTMLAnchorElement> & {
  href: string;
  children: ComponentChildren;
  /** Called when the link is clicked, whether the app or the browser (a new tab) follows it. */
  onFollow?: () => void;
};

export function Link({ href, children, onFollow, ...rest }: LinkProps) {
  return (
    <a
      {...rest}
      href={href}
      onClick={(event) => {
        onFollow?.();
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
          return;
        }
        event.preventDefault();
        navigate(href);
      }}
    >
      {children}
    </a>
  );
}
