import { spellDate } from '@/domain/dates';
import { certStatusAt } from '@/domain/catalog-model';
import { expires, renewableAt } from '@/domain/renewal';
import { isSuccessorOf } from '@/domain/lineage';
import type { Slot } from '@/domain/path-slots';
import type { PlanContext } from '@/domain/plan-context';
import type { Notice } from '@/domain/roadmap';
import type { Placement } from '@/domain/schedule';
import type { StudyPlan } from '@/domain/study-plan';
import { label } from '@/domain/step-reasons';

/** Notices about what the user holds (expired, retired, not renewable), read at `today`. */
export function holdingNotices(ctx: PlanContext, slots: Slot[]): Notice[] {
  const seen = new Set<string>();
  const notices: Notice[] = [];
  const renewalStep = (code: string) =>
    slots.find((s) => s.why.kind === 'renewal' && s.why.of === code);
  for (const h of ctx.holdings) {
    if (seen.has(h.code)) continue;
    seen.add(h.code);
    const cert = ctx.cert(h.code);
    const best = ctx.held.get(ctx.lineageOf(h.code));
    if (!h.valid && !best) {
      const message = `Your ${label(cert)} expired on ${spellDate(h.expiresOn)}, so the plan no longer counts it as held.`;
      notices.push({ kind: 'held-expired', code: h.code, message });
      continue;
    }
    if (best !== h) continue;
    const next = cert.status.successor;
    const hasWindow = cert.validity.renewalWindow !== null;
    if (expires(cert) && hasWindow && !renewableAt(cert, h.expiresOn, ctx.today)) {
      const valid = h.expiresOn
        ? `is valid until ${spellDate(h.expiresOn)} but`
        : `(date earned unknown)`;
      const then = h.expiresOn ? 'before then' : 'before it expires';
      const advice = !next
        ? ''
        : renewalStep(h.code)
          ? `; ${next} recommended ${then}`
          : `; its successor is ${next}`;
      notices.push({
        kind: 'renewal-impossible',
        code: h.code,
        message: `${h.code} ${valid} cannot be renewed${advice}.`,
      });
    } else if (certStatusAt(cert, ctx.today) === 'retired') {
      const still = h.expiresOn
        ? `it stays valid until ${spellDate(h.expiresOn)}`
        : 'it still counts';
      const message = `You hold ${h.code}, whose exam retired on ${spellDate(cert.status.retiresOn)}; ${still}.`;
      notices.push({ kind: 'held-retired', code: h.code, message });
    }
  }
  return notices;
}

// Earning an exam shortly before its renewal ends gives a certificate that lapses after a year.
/** Notices for planned exams that will not be renewable when their window opens. */
export function plannedRenewalNotices(ctx: PlanContext, studyPlan: StudyPlan): Notice[] {
  return studyPlan.steps.flatMap((step) => {
    const renewal = studyPlan.renewals.find((r) => r.code === step.code && !r.renewable);
    if (!renewal || ctx.cert(step.code).validity.renewalWindow === null) return [];
    const next = ctx.cert(step.code).status.successor;
    const advice = next ? `; plan to move to ${next} before then` : '';
    const message = `${step.code}, planned for ${spellDate(step.examDate)}, would be valid until ${spellDate(renewal.expiresOn)} but cannot be renewed${advice}.`;
    return [{ kind: 'renewal-impossible' as const, code: step.code, message }];
  });
}

/**
 * Where a step's prerequisite is met only through a successor (holding AI-200 for AZ-400's
 * "AZ-104 or AZ-204"): Microsoft has not confirmed that it counts, so the plan says it assumes so.
 */
export function assumedPrerequisiteNotices(ctx: PlanContext, placements: Placement[]): Notice[] {
  if (!ctx.assumptions.prerequisites.successorsCount) return [];
  const onPath = placements.filter((p) => p.slot.held || p.scheduled);
  const notices: Notice[] = [];
  for (const step of placements.filter((p) => p.scheduled)) {
    for (const group of ctx.cert(step.code).prerequisites.groups) {
      const direct = onPath.find((p) => group.includes(p.code));
      if (direct) continue;
      const option = group.find((c) => onPath.some((p) => isSuccessorOf(ctx.catalog, c, p.code)));
      const by = option && onPath.find((p) => isSuccessorOf(ctx.catalog, option, p.code));
      if (!option || !by) continue;
      const meets = by.slot.held ? `you hold ${by.code}` : `your plan has ${by.code}`;
      notices.push({
        kind: 'assumed-prerequisite',
        code: step.code,
        message: `${step.code} needs ${group.join(' or ')}; ${meets}, which replaces ${option}. Microsoft has not yet confirmed that it counts, so Certpath assumes it does.`,
      });
    }
  }
  return notices;
}
