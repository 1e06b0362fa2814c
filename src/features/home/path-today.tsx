import { realCatalog } from '@/domain/real-catalog';
import { todayIso } from '@/store/today';
import { Retirements } from '@/features/home/retirements';
import { SeedPath } from '@/features/home/seed-path';

/** The seed path and the 2026 retirements as the catalogue has them today. */
export default function PathToday() {
  const catalog = realCatalog();
  const today = todayIso();
  return (
    <>
      <SeedPath catalog={catalog} today={today} />
      <Retirements catalog={catalog} today={today} />
    </>
  );
}
