import { formatDate } from '@/components/format';
import { realCatalog } from '@/domain/real-catalog';

/** "Data as of …": the newest source date; loaded beside the page (the catalogue is its own chunk). */
export default function DataAsOf() {
  return <>Data as of {formatDate(realCatalog().asOf)}</>;
}
