import { formatDate } from '@/lib/format';
import { certStatusAt } from '@/domain/catalog-model';
import type { Certification } from '@/domain/schema';

const vendorNames = { microsoft: 'Microsoft', aws: 'AWS', google: 'Google Cloud' } as const;

/** Status words for a certification on a day ("Retired", "Retires 30 Jun 2026"); text, not colour. */
export function CertTags({ cert, today }: { cert: Certification; today: string }) {
  const status = certStatusAt(cert, today);
  const retiresOn = cert.status.retiresOn;
  return (
    <>
      {cert.vendor !== 'microsoft' && <span className="cert-tag">{vendorNames[cert.vendor]}</span>}
      {status === 'retired' && <span className="cert-tag cert-tag--retired">Retired</span>}
      {status === 'retiring' && retiresOn && (
        <span className="cert-tag cert-tag--retiring">Retires {formatDate(retiresOn)}</span>
      )}
    </>
  );
}
