import { validityLabel } from '@/lib/format';
import { Link } from 'react-router';
import { CertStatus } from '@/ui/cert-status';
import { formatUsd } from '@/lib/format';
import type { Certification } from '@/domain/schema';
import { SortHeader } from '@/features/catalogue/sort-header';
import { levelLabels, vendorLabels, type CatalogueView } from '@/features/catalogue/catalogue-view';

interface CertTableProps {
  certs: Certification[];
  total: number;
  today: string;
  view: CatalogueView;
  onChange: (view: CatalogueView) => void;
}

/** Every certification as a table row; scrolls sideways inside its own labelled region on a phone. */
export function CertTable({ certs, total, today, view, onChange }: CertTableProps) {
  return (
    <div>
      <p className="table-hint muted">
        Scroll the table sideways for vendor, level, price, duration and validity.
      </p>
      {/* Focusable so keyboard users can scroll it; named by its caption. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="table-scroll" role="region" aria-labelledby="cert-table-caption" tabIndex={0}>
        <table className="cert-table">
          <caption id="cert-table-caption">
            Certifications{' '}
            <span className="muted">
              ({certs.length === total ? `${total}` : `${certs.length} of ${total}`} shown)
            </span>
          </caption>
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col">Name</th>
              <th scope="col">Status</th>
              <th scope="col">Vendor</th>
              <SortHeader label="Level" sortKey="level" view={view} onChange={onChange} />
              <SortHeader label="Price" sortKey="price" view={view} onChange={onChange} numeric />
              <th scope="col" className="numeric">
                Duration
              </th>
              <th scope="col">Validity</th>
            </tr>
          </thead>
          <tbody>
            {certs.map((cert) => (
              <tr key={cert.code}>
                <th scope="row">
                  <Link to={`/certs/${cert.code}`}>{cert.code}</Link>
                </th>
                <td>{cert.name}</td>
                <td>
                  <CertStatus cert={cert} date={today} />
                </td>
                <td>{vendorLabels[cert.vendor]}</td>
                <td>{levelLabels[cert.level]}</td>
                <td className="numeric">{formatUsd(cert.exam.priceUsd)}</td>
                <td className="numeric">{cert.exam.durationMinutes} min</td>
                <td>{validityLabel(cert.validity.months)}</td>
              </tr>
            ))}
            {certs.length === 0 && (
              <tr>
                <td colSpan={8}>No certification matches these filters.</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
