import type { Catalog } from '@/domain/catalog-model';
import { realCatalog } from '@/domain/real-catalog';
import { formatDate } from '@/components/format';
import './source-link.css';

interface SourceLinkProps {
  sourceId: string;
  /** Defaults to the real catalogue; tests pass a small one. */
  catalog?: Catalog;
}

/** A citation: the source's title as a link, its as-of date, and a warning if third-party. */
export function SourceLink({ sourceId, catalog }: SourceLinkProps) {
  const source = (catalog ?? realCatalog()).sources.get(sourceId);
  if (!source) return <span className="source-link muted">Source not found ({sourceId})</span>;

  return (
    <span className="source-link">
      <a href={source.url} target="_blank" rel="noreferrer">
        {source.title}
        <span className="visually-hidden"> (opens in a new tab)</span>
      </a>{' '}
      <span className="source-link-meta">as of {formatDate(source.asOf)}</span>
      {source.thirdParty && (
        <span className="source-link-warning">
          {' '}
          · third-party source: verify on the vendor&rsquo;s site
        </span>
      )}
    </span>
  );
}
