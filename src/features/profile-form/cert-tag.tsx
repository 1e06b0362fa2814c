import { VENDOR_NAMES } from '@/domain/retake';
import { formatDate } from '@/lib/format';
import { certStatusAt } from '@/domain/catalog-model';
import type { Certification } from '@/domain/schema';

/** Status words for a certification on a day ("Retired", "Retires 30 Jun 2026"); text, not colour. */
export function CertTags({ cert, today }: { cert: Certification; today: string }) {
  const status = certStatusAt(cert, today);
  const retiresOn = cert.status.retiresOn;
  return (
    <>
      {cert.vendor !== 'microsoft' && <span className="cert-tag">{VENDOR_NAMES[cert.vendor]}</span>}
      {status === 'retired' && <span className="cert-tag cert-tag--retired">Retired</span>}
      {status === 'retiring' && retiresOn && (
        <span className="cert-tag cert-tag--retiring">Retires {formatDate(retiresOn)}</span>
      )}
    </>
  );
}
