import { useEffect, type ReactNode } from 'react';
import { useHydrated } from '@/lib/use-hydrated';
import './page.css';

interface PageProps {
  /** The page's one h1, also the document title ("<title> · Certpath"). */
  title: string;
  lead?: ReactNode;
  /** Buttons or links shown beside the heading (below it on a phone). */
  actions?: ReactNode;
  children?: ReactNode;
}

/**
 * The frame of every route: sets the document title and renders the h1 and lead. Its controls
 * are disabled until the page has hydrated (a fieldset disables every control inside it), so a
 * choice made on the HTML before React runs is never silently lost; links work from the start.
 */
export function Page({ title, lead, actions, children }: PageProps) {
  const hydrated = useHydrated();
  useEffect(() => {
    document.title = `${title} · Certpath`;
  }, [title]);

  return (
    <div className="page">
      {/* A wrapper for the disabled state only: no box of its own, not a group to announce. */}
      <fieldset className="page-controls" disabled={!hydrated} role="presentation">
        <header className="page-header">
          <div className="page-heading">
            <h1>{title}</h1>
            {lead !== undefined && <div className="page-lead">{lead}</div>}
          </div>
          {actions !== undefined && <div className="page-actions">{actions}</div>}
        </header>
        {children}
      </fieldset>
    </div>
  );
}
