import { realCatalog } from '@/domain/real-catalog';
import { useToday } from '@/store/use-today';
import { Retirements } from '@/features/home/retirements';
import { SeedPath } from '@/features/home/seed-path';

/** The seed path and the 2026 retirements as the catalogue has them today. */
export default function PathToday() {
  const catalog = realCatalog();
  // The build's day in the HTML, so the path is there before the app runs.
  const today = useToday();
  return (
    <>
      <SeedPath catalog={catalog} today={today} />
      <Retirements catalog={catalog} today={today} />
    </>
  );
}
