import { useEffect, type ReactNode } from 'react';
import './page.css';

interface PageProps {
  /** The page's one h1, also the document title ("<title> · Certpath"). */
  title: string;
  lead?: ReactNode;
  /** Buttons or links shown beside the heading (below it on a phone). */
  actions?: ReactNode;
  children?: ReactNode;
}

/** The frame of every route: sets the document title and renders the h1 and lead. */
export function Page({ title, lead, actions, children }: PageProps) {
  useEffect(() => {
    document.title = `${title} · Certpath`;
  }, [title]);

  return (
    <div className="page">
      <header className="page-header">
        <div className="page-heading">
          <h1>{title}</h1>
          {lead !== undefined && <div className="page-lead">{lead}</div>}
        </div>
        {actions !== undefined && <div className="page-actions">{actions}</div>}
      </header>
      {children}
    </div>
  );
}
