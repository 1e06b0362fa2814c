import { bench, describe } from 'vitest';
import type { Catalog } from '@/domain/catalog';
import { buildPlan } from '@/domain/plan';
import { realCatalog } from '@/domain/real-catalog';
import { projectSalary } from '@/domain/salary';
import { defaultProfile } from '@/domain/schema';
import type { Profile } from '@/domain/schema';
import { syntheticCatalog } from './synthetic-catalog';

// Benchmarks, not timed tests: targets are ≤ 1 ms (real) and ≤ 50 ms (1,000 exams) median.
const real = realCatalog();
const synthetic = syntheticCatalog(1000);
const today = '2026-03-01';
const profile: Profile = {
  ...defaultProfile(today),
  currentRole: 'career-changer',
  azure: 'none',
  aiml: 'none',
  targetRole: 'ai-solutions-architect',
  certificationsHeld: [{ code: 'AZ-900', earnedOn: '2025-06-01' }],
  currentSalaryUsd: 90_000,
};

/** What the app computes on every input change: the plan, then the salary projection from it. */
function fullPlan(catalog: Catalog) {
  const plan = buildPlan(profile, catalog, catalog.assumptions, today);
  const { totals } = plan.studyPlan;
  const projection = projectSalary({
    roleId: profile.targetRole,
    regionId: profile.region,
    catalog,
    profile,
    pathFinishDate: totals.finishDate,
    pathFeesUsd: totals.feesUsd,
    pathHours: totals.plannedHours,
  });
  return { plan, projection };
}

// Several seconds per case so that a busy machine still gives a stable median.
const options = { time: 3000, warmupTime: 500 };

describe('engine', () => {
  bench(
    'buildPlan, real catalogue',
    () => {
      buildPlan(profile, real, real.assumptions, today);
    },
    options,
  );
  bench(
    'buildPlan + projectSalary, real catalogue',
    () => {
      fullPlan(real);
    },
    options,
  );
  bench(
    'buildPlan, 1,000 synthetic certifications',
    () => {
      buildPlan(profile, synthetic, synthetic.assumptions, today);
    },
    options,
  );
  bench(
    'buildPlan + projectSalary, 1,000 synthetic certifications',
    () => {
      fullPlan(synthetic);
    },
    options,
  );
});
