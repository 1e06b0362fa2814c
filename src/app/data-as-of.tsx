import { formatDate } from '@/components/format';
import { loadRealCatalog } from '@/domain/real-catalog';

/** "Data as of …": loaded after the first paint, since reading the catalogue needs its validators. */
export default function DataAsOf() {
  const catalog = loadRealCatalog();
  return catalog.ok ? (
    <>Data as of {formatDate(catalog.value.asOf)}</>
  ) : (
    <>The catalogue data could not be read</>
  );
}
