import { useEffect, useRef, useState, type RefObject } from 'react';
import { useLocation } from 'react-router';

/**
 * After a client-side navigation, move focus to <main> (so keyboard and screen-reader
 * users start at the new content, not on the link they used) and return the new page's
 * title for a polite live region. The first render is left alone.
 */
export function useRouteFocus(main: RefObject<HTMLElement | null>): string {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    // Compared with the last path rather than a "first render" flag: StrictMode runs
    // effects twice on mount and must not steal focus on the initial load.
    if (previous.current === pathname) return;
    previous.current = pathname;
    // A new page starts at its top, as a full page load would.
    window.scrollTo?.(0, 0);
    main.current?.focus({ preventScroll: true });
    // The page's own effect has already set document.title (children's effects run first).
    setAnnouncement(document.title.replace(/ · Certpath$/, ''));
  }, [pathname, main]);

  return announcement;
}
