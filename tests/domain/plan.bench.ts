import { bench, describe } from 'vitest';
import type { Catalog } from '@/domain/catalog';
import { buildPlan } from '@/domain/plan';
import { realCatalog } from '@/domain/real-catalog';
import { pathsForRoles, projectPaths } from '@/domain/compare';
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
    pathFinish: totals.finish,
    pathFeesUsd: totals.feesUsd,
    pathHours: totals.hours,
    pathPlannedHours: totals.plannedHours,
  });
  return { plan, projection };
}

/**
 * The whole plan the issue names: roadmap + study plan for the target, and a projection
 * (with each role's own path) for all five roles, as /compare computes it.
 */
function fullPlanAllRoles(catalog: Catalog) {
  const plan = buildPlan(profile, catalog, catalog.assumptions, today);
  const others = catalog.roles.map((r) => r.id).filter((id) => id !== profile.targetRole);
  const specs = pathsForRoles(profile, others, (id) => id);
  const paths = projectPaths(specs, {
    catalog,
    assumptions: catalog.assumptions,
    today,
    horizonYears: 10,
  });
  return { plan, paths };
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
    'full plan, all five roles projected, real catalogue',
    () => {
      fullPlanAllRoles(real);
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
  bench(
    'full plan, all five roles projected, 1,000 synthetic certifications',
    () => {
      fullPlanAllRoles(synthetic);
    },
    options,
  );
});
