import { Link, Navigate, useParams } from 'react-router';
import { Page } from '@/ui/page';
import { realCatalog } from '@/domain/real-catalog';
import { certPageTitle } from '@/routes/titles';
import { todayIso } from '@/store/today';
import { CertFacts } from '@/features/catalogue/cert-facts';
import { CertLinks } from '@/shared/certs/cert-links';
import { CertPrerequisites } from '@/features/catalogue/cert-prerequisites';
import { CertSkills } from '@/features/catalogue/cert-skills';
import { CertSources } from '@/features/catalogue/cert-sources';
import { CertStatusSection } from '@/features/catalogue/cert-status-section';
import { vendorLabels } from '@/features/catalogue/catalogue-view';
import { findCert } from '@/features/catalogue/find-cert';
import { UnknownCert } from '@/features/catalogue/unknown-cert';
import './catalogue.css';
import './cert-page.css';

/** /certs/:code — one certification's facts, status, skills, prerequisites and sources. */
export default function CertPage() {
  const { code = '' } = useParams();
  const catalog = realCatalog();
  const cert = findCert(catalog, code);
  if (!cert) return <UnknownCert catalog={catalog} code={code} />;
  // One address per exam: /certs/ai-102 becomes /certs/AI-102.
  if (cert.code !== code) return <Navigate to={`/certs/${cert.code}`} replace />;
  const today = todayIso();

  return (
    <Page
      title={certPageTitle(cert)}
      lead={<p>{cert.focus}</p>}
      actions={
        <Link className="button" to="/certs">
          All certifications
        </Link>
      }
    >
      {cert.thirdParty && (
        <div className="callout callout-warning" role="note">
          <p>
            <strong>Third-party facts.</strong> The details of this credential come from third-party
            pages, not from {vendorLabels[cert.vendor]}. Verify them on the vendor&rsquo;s site
            before you book.
          </p>
        </div>
      )}
      <div className="cert-layout">
        <div className="cert-main">
          <CertStatusSection catalog={catalog} cert={cert} today={today} />
          <CertSkills cert={cert} />
          <CertLinks cert={cert} />
          <CertPrerequisites catalog={catalog} cert={cert} />
          <CertSources cert={cert} />
        </div>
        <CertFacts cert={cert} />
      </div>
    </Page>
  );
}
