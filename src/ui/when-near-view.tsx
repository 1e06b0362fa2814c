import { startTransition, useEffect, useRef, useState, type ReactNode } from 'react';

interface WhenNearViewProps {
  children: ReactNode;
  /** Shown until the place scrolls near the screen; give it the content's height (no shift). */
  placeholder: ReactNode;
}

/**
 * Renders `children` once their place comes within a quarter screen of the viewport: a heavy
 * part below the fold (the salary chart, ~120 KB of chart code that takes a slow phone half a
 * second to run) costs nothing while the page starts and the reader types, and loads as they
 * scroll towards it; it then renders without blocking input. Browsers without
 * IntersectionObserver render it at once.
 */
export function WhenNearView({ children, placeholder }: WhenNearViewProps) {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const place = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = place.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        // A transition: React renders the heavy part in slices, yielding to the user's typing
        // and scrolling, instead of one long task.
        if (entries.some((e) => e.isIntersecting)) startTransition(() => setNear(true));
      },
      { rootMargin: '0px 0px 25% 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);

  return near ? children : <div ref={place}>{placeholder}</div>;
}
