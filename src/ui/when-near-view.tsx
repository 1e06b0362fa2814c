import { useEffect, useRef, useState, type ReactNode } from 'react';

interface WhenNearViewProps {
  children: ReactNode;
  /** Shown until the place scrolls near the screen; give it the content's height (no shift). */
  placeholder: ReactNode;
}

/**
 * Renders `children` once their place comes within a screen of the viewport: a heavy part
 * below the fold (the salary chart, ~120 KB of chart code) costs a phone nothing until the
 * reader gets there. Browsers without IntersectionObserver render it at once.
 */
export function WhenNearView({ children, placeholder }: WhenNearViewProps) {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const place = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = place.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);

  return near ? children : <div ref={place}>{placeholder}</div>;
}
