import type { Catalog } from '@/domain/catalog-model';
import { planContext } from '@/domain/plan-context';
import { plannedProfile } from '@/domain/progress';
import { pathSlots } from '@/domain/path-slots';
import { levelRank, orderSlots } from '@/domain/slot-order';
import { scheduleSlots } from '@/domain/schedule';
import { heldReason, notNeededReason, offPathIndex, placementStep } from '@/domain/step-reasons';
import { studyPlanOf } from '@/domain/study-plan';
import type { StudyPlan } from '@/domain/study-plan';
import {
  assumedPrerequisiteNotices,
  holdingNotices,
  plannedRenewalNotices,
} from '@/domain/plan-notices';
import type { Roadmap } from '@/domain/roadmap';
import type { Assumptions, Certification, Profile } from '@/domain/schema';

export interface Plan {
  roadmap: Roadmap;
  studyPlan: StudyPlan;
}

const catalogueOrder = (a: Certification, b: Certification) =>
  Number(a.vendor !== 'microsoft') - Number(b.vendor !== 'microsoft') ||
  levelRank(a.level) - levelRank(b.level) ||
  (a.code < b.code ? -1 : 1);

/**
 * The whole plan: roadmap (every catalogue certification with a status and reason, in
 * topological order) and the dated study plan. Pure: `today` is only used to judge what
 * the user holds and, once progress is recorded, to plan what is left from today; until
 * then scheduling starts at profile.startDate.
 */
export function buildPlan(
  profile: Profile,
  catalog: Catalog,
  assumptions: Assumptions,
  today: string,
): Plan {
  // Passed exams are held certifications from the day they were passed (progress.ts).
  const ctx = planContext(plannedProfile(profile), catalog, assumptions, today);
  const slots = pathSlots(ctx);
  const { order, edges } = orderSlots(ctx, slots);
  const schedule = scheduleSlots(ctx, order);
  const roleName =
    catalog.roles.find((r) => r.id === profile.targetRole)?.name ?? profile.targetRole;
  const bySlot = new Map(schedule.placements.map((p) => [p.slot, p]));
  const steps = schedule.placements.map((p) => placementStep(ctx, p, roleName));
  const covered = new Set(steps.flatMap((s) => (s.replaces ? [s.code, s.replaces] : [s.code])));
  const rest = catalog.certifications.filter((c) => !covered.has(c.code)).sort(catalogueOrder);
  for (const cert of rest.filter((c) => ctx.held.get(ctx.lineageOf(c.code))?.code === c.code)) {
    steps.push({
      code: cert.code,
      replaces: null,
      status: 'held',
      reason: heldReason(ctx, cert.code, false),
      basisSourceId: null,
    });
    covered.add(cert.code);
  }
  const index = offPathIndex(ctx, schedule.placements);
  for (const cert of rest.filter((c) => !covered.has(c.code))) {
    steps.push({
      code: cert.code,
      replaces: null,
      status: 'not-needed',
      reason: notNeededReason(ctx, cert, index, roleName),
      basisSourceId: null,
    });
  }
  const core = schedule.placements.find((p) => p.slot.core && p.slot.id === p.slot.lineage);
  const studyPlan = studyPlanOf(ctx, schedule);
  return {
    roadmap: {
      coreCode: core?.code ?? '',
      steps,
      edges: edges.map((e) => ({
        from: bySlot.get(e.from)?.code ?? '',
        to: bySlot.get(e.to)?.code ?? '',
        kind: e.kind,
        ...(e.anyOf ? { anyOf: e.anyOf } : {}),
      })),
      notices: [
        ...holdingNotices(ctx, slots),
        ...schedule.notices,
        ...plannedRenewalNotices(ctx, studyPlan),
        ...assumedPrerequisiteNotices(ctx, schedule.placements),
      ],
    },
    studyPlan,
  };
}
