import { spellDate } from '@/domain/dates';
import { certStatusAt } from '@/domain/catalog-model';
import { renewableAt } from '@/domain/roadmap';
import type { Notice, PlanContext, Slot } from '@/domain/roadmap';
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
    const expires = cert.validity.months !== null && cert.level !== 'fundamentals';
    const next = cert.status.successor;
    if (
      expires &&
      !renewableAt(cert, h.expiresOn, ctx.today, ctx.assumptions.renewal.windowMonths)
    ) {
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
    if (!renewal) return [];
    const next = ctx.cert(step.code).status.successor;
    const advice = next ? `; plan to move to ${next} before then` : '';
    const message = `${step.code}, planned for ${spellDate(step.examDate)}, would be valid until ${spellDate(renewal.expiresOn)} but cannot be renewed${advice}.`;
    return [{ kind: 'renewal-impossible' as const, code: step.code, message }];
  });
}
