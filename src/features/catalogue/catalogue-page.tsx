import { useSearchParams } from 'react-router';
import { Page } from '@/ui/page';
import { BrowserOnly } from '@/ui/browser-only';
import { realCatalog } from '@/domain/real-catalog';
import { todayIso } from '@/store/today';
import { ArticleComparison } from '@/features/catalogue/article-comparison';
import { CatalogueFilters } from '@/features/catalogue/catalogue-filters';
import { CertTable } from '@/features/catalogue/cert-table';
import {
  parseView,
  viewToParams,
  visibleCerts,
  type CatalogueView,
} from '@/features/catalogue/catalogue-view';
import './catalogue.css';

/** /certs: every certification with filters, sorting and the article's comparison. */
export default function CataloguePage() {
  const catalog = realCatalog();
  const today = todayIso();
  const [params, setParams] = useSearchParams();
  const view = parseView(params);
  const setView = (next: CatalogueView) => setParams(viewToParams(next), { replace: true });
  const rows = visibleCerts(catalog.certifications, view);

  return (
    <Page
      title="Certification catalogue"
      lead={
        <p>
          Every exam Certpath plans with, including the AWS and Google machine-learning
          certifications for comparison. Prices are in US dollars; status is as of today. Open a
          code for its skills outline, prerequisites and sources.
        </p>
      }
    >
      <CatalogueFilters view={view} onChange={setView} />
      <CertTable
        certs={rows}
        total={catalog.certifications.length}
        today={today}
        view={view}
        onChange={setView}
      />
      {/* Restated with today's exams: never in the build's HTML. */}
      <BrowserOnly fallback={<p className="muted">Loading the comparison…</p>}>
        <ArticleComparison catalog={catalog} today={today} />
      </BrowserOnly>
    </Page>
  );
}
