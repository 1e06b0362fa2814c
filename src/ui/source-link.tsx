import { useId, useState } from 'react';
import type { Catalog } from '@/domain/catalog-model';
import { realCatalog } from '@/domain/real-catalog';
import type { Source } from '@/domain/schema';
import { formatDate, formatMonth } from '@/lib/format';
import './source-link.css';

interface SourceLinkProps {
  sourceId: string;
  /** Defaults to the real catalogue; tests pass a small one. */
  catalog?: Catalog;
  /**
   * 'name' (a citation): "cert-pass.com, 30 May 2026". 'title' (a page to go to): the page's
   * title as the link, its publisher and date after it.
   */
  show?: 'name' | 'title';
}

/** "May 2026", "30 May 2026" or "undated": the page's own date as precisely as it gives it. */
export function pageDateText(asOf: string | null): string {
  if (asOf === null) return 'undated page';
  return asOf.length === 7 ? formatMonth(asOf) : formatDate(asOf);
}

/** The words a citation is read as: "cert-pass.com, 30 May 2026" or "Certpath estimate". */
export function sourceName(source: Source): string {
  return source.kind === 'page'
    ? `${source.publisher}, ${pageDateText(source.asOf)}`
    : 'Certpath estimate';
}

/**
 * A citation. A page is named by who published it and its own date, linked to it, with its
 * title for screen readers and on hover; a third-party page says so. A Certpath estimate has no
 * link to pretend to back it: it opens its reasoning instead.
 */
export function SourceLink({ sourceId, catalog, show = 'name' }: SourceLinkProps) {
  const source = (catalog ?? realCatalog()).sources.get(sourceId);
  if (!source) return <span className="source-link muted">Source not found ({sourceId})</span>;
  if (source.kind === 'estimate') return <EstimateNote source={source} />;
  if (show === 'title')
    return (
      <span className="source-link">
        <a href={source.url} target="_blank" rel="noreferrer">
          {source.title}
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>{' '}
        <span className="source-link-meta">
          {source.publisher}, {pageDateText(source.asOf)}
          {source.thirdParty && ' (third-party page)'}
        </span>
      </span>
    );
  return (
    <span className="source-link">
      <a href={source.url} target="_blank" rel="noreferrer" title={source.title}>
        {sourceName(source)}
        <span className="visually-hidden">: {source.title} (opens in a new tab)</span>
      </a>
      {source.thirdParty && <span className="source-link-meta"> (third-party page)</span>}
    </span>
  );
}

function EstimateNote({ source }: { source: Extract<Source, { kind: 'estimate' }> }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <span className="source-link source-estimate">
      <button
        type="button"
        className="link-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        Certpath estimate
        <span className="visually-hidden">
          : {source.title.replace(/^Certpath (estimate|assumption): /, '')}
        </span>
      </button>
      <span id={id} className="source-reasoning" hidden={!open}>
        {' '}
        {source.reasoning}
      </span>
    </span>
  );
}
