import { spellDate } from '@/domain/dates';
import { certStatusAt } from '@/domain/catalog-model';
import { expires } from '@/domain/renewal';
import { successorChain } from '@/domain/lineage';
import type { PlanContext } from '@/domain/plan-context';
import type { RoadmapStep } from '@/domain/roadmap';
import type { Placement } from '@/domain/schedule';
import type { Certification, Profile } from '@/domain/schema';

// The one-sentence reasons the roadmap gives for each step, written for the user.
const AZURE: Record<Profile['azure'], string> = {
  none: 'You have no Azure hands-on experience',
  some: 'You have some Azure hands-on experience',
  daily: 'You work with Azure daily',
};
const AIML: Record<Profile['aiml'], string> = {
  none: 'You have no AI/ML background',
  basic: 'You know the basic AI/ML concepts',
  proficient: 'You are proficient in AI/ML concepts',
};
const VENDOR: Record<Certification['vendor'], string> = {
  microsoft: 'A Microsoft',
  aws: 'An AWS',
  google: 'A Google Cloud',
};

/** "Azure Fundamentals (AZ-900)". */
export const label = (cert: Certification) => `${cert.name} (${cert.code})`;
const retiredWord = (ctx: PlanContext, cert: Certification) =>
  certStatusAt(cert, ctx.today) === 'retired' ? 'retired' : 'retires';

/** Why a held certification counts (or what limits it). */
export function heldReason(ctx: PlanContext, code: string, onPath: boolean): string {
  const cert = ctx.cert(code);
  const holding = ctx.held.get(ctx.lineageOf(code));
  const done = onPath ? ', so this step is already done' : '';
  if (holding?.expiresOn) {
    const retired =
      certStatusAt(cert, ctx.today) === 'retired'
        ? `; the exam retired on ${spellDate(cert.status.retiresOn)}`
        : '';
    return `You hold ${label(cert)}, valid until ${spellDate(holding.expiresOn)}${retired}${done}.`;
  }
  if (expires(cert)) {
    return `You hold ${label(cert)}${done}; add the date you earned it to see when it expires.`;
  }
  return `You hold ${label(cert)}, which never expires${done}.`;
}

function cloudBasicsReason(ctx: PlanContext, cert: Certification, recommended: boolean): string {
  const { profile } = ctx;
  if (recommended)
    return `${AZURE.none} and hold no Azure certification, so ${cert.name} gives you the cloud basics first.`;
  if (profile.currentRole === 'cloud-engineer')
    return `As a cloud engineer you already know cloud basics, so ${cert.name} is optional.`;
  if (profile.azure === 'none')
    return `You already hold an Azure certification, so ${cert.name} is optional.`;
  return `${AZURE[profile.azure]}, so ${cert.name} is optional; most experienced developers skip it.`;
}

function aiBasicsReason(ctx: PlanContext, cert: Certification, recommended: boolean): string {
  if (recommended)
    return `${AIML.none}, so ${cert.name} teaches the basic AI concepts before the core exam.`;
  if (ctx.profile.currentRole === 'data-scientist')
    return `As a data scientist you already know AI/ML concepts, so ${cert.name} is optional.`;
  return `${AIML[ctx.profile.aiml]}, so ${cert.name} is optional; most experienced developers skip it.`;
}

function pathReason(ctx: PlanContext, p: Placement, roleName: string): string {
  const cert = ctx.cert(p.code);
  const { why, need } = p.slot;
  switch (why.kind) {
    case 'core':
      return `${label(cert)} is the core exam of the path to ${roleName}, required for every target role.`;
    case 'cloud-basics':
      return cloudBasicsReason(ctx, cert, need === 'recommended');
    case 'ai-basics':
      return aiBasicsReason(ctx, cert, need === 'recommended');
    case 'role':
      if (need === 'required') return `${roleName} calls for ${label(cert)}, so it is required.`;
      if (need === 'recommended')
        return `${roleName} roles value ${label(cert)}, so it is recommended.`;
      return `${label(cert)} is an optional next step for ${roleName}; take it if you want to specialise.`;
    case 'prerequisite':
      if (why.group.length === 1)
        return `${label(cert)} is the official prerequisite of ${why.of}, so it is ${need} like ${why.of}.`;
      return `${why.of} needs one of ${why.group.join(' or ')} and you hold none of them, so ${p.code} is ${need} like ${why.of}.`;
    case 'renewal':
      return why.validUntil
        ? `You hold ${why.of}, valid until ${spellDate(why.validUntil)} but it cannot be renewed, so ${p.code} is recommended before then.`
        : `You hold ${why.of}, which can no longer be renewed, so ${p.code} is recommended before it expires.`;
  }
}

function withReplacement(ctx: PlanContext, p: Placement, sentence: string): string {
  if (!p.replaces || p.slot.why.kind === 'renewal') return sentence;
  const old = ctx.cert(p.replaces);
  return `${sentence.slice(0, -1)} (${p.code} replaces ${old.code}, which ${retiredWord(ctx, old)} on ${spellDate(old.status.retiresOn)}).`;
}

/** The source of the rule that put a step on the path (see RoadmapStep.basisSourceId). */
function basisOf(ctx: PlanContext, p: Placement): string | null {
  const { why } = p.slot;
  switch (why.kind) {
    case 'core':
    case 'cloud-basics':
    case 'ai-basics':
      return ctx.catalog.track.source;
    case 'role':
      return (
        ctx.catalog.roles.find((r) => r.id === ctx.profile.targetRole)?.certifications.source ??
        null
      );
    case 'prerequisite':
      return ctx.catalog.byCode.get(why.of)?.prerequisites.source ?? null;
    case 'renewal':
      return ctx.cert(why.of).status.source;
  }
}

/** A scheduled or placed step with its status and reason. */
export function placementStep(ctx: PlanContext, p: Placement, roleName: string): RoadmapStep {
  if (p.slot.held)
    return {
      code: p.code,
      replaces: p.replaces,
      status: 'held',
      reason: heldReason(ctx, p.code, true),
      basisSourceId: null,
    };
  const reason = withReplacement(ctx, p, pathReason(ctx, p, roleName));
  return {
    code: p.code,
    replaces: p.replaces,
    status: p.slot.need,
    reason,
    basisSourceId: basisOf(ctx, p),
  };
}

export interface OffPathIndex {
  expired: Map<string, string | null>;
  primaryByLineage: Map<string, Placement>;
  /** A placed step whose exam lists the code in a prerequisite group, and the option on the path. */
  dependantOf: Map<string, { dependant: string; met: string | undefined }>;
  otherRoleOf: Map<string, string>;
}

/** Facts about exams off the path, looked up once per plan (the reasons run for every exam). */
export function offPathIndex(ctx: PlanContext, placed: Placement[]): OffPathIndex {
  const expired = new Map(ctx.holdings.filter((h) => !h.valid).map((h) => [h.code, h.expiresOn]));
  const primaryByLineage = new Map(
    placed.filter((p) => p.slot.id === p.slot.lineage).map((p) => [p.slot.lineage, p]),
  );
  const dependantOf: OffPathIndex['dependantOf'] = new Map();
  for (const p of placed) {
    for (const group of ctx.cert(p.code).prerequisites.groups) {
      const met = group.find((c) => primaryByLineage.has(ctx.lineageOf(c)));
      for (const code of group)
        if (!dependantOf.has(code)) dependantOf.set(code, { dependant: p.code, met });
    }
  }
  const otherRoleOf = new Map<string, string>();
  for (const role of ctx.catalog.roles.filter((r) => r.id !== ctx.profile.targetRole)) {
    for (const code of [...role.certifications.required, ...role.certifications.recommended]) {
      if (!otherRoleOf.has(code)) otherRoleOf.set(code, role.name);
    }
  }
  return { expired, primaryByLineage, dependantOf, otherRoleOf };
}

// Why a catalogue certification is off the path, from the most specific explanation down.
/** Why an exam is not on this path. */
export function notNeededReason(
  ctx: PlanContext,
  cert: Certification,
  index: OffPathIndex,
  roleName: string,
): string {
  if (index.expired.has(cert.code)) {
    return `Your ${label(cert)} expired on ${spellDate(index.expired.get(cert.code) ?? null)}, and the path to ${roleName} does not need it.`;
  }
  const sibling = index.primaryByLineage.get(ctx.lineageOf(cert.code));
  if (sibling) {
    const newer = successorChain(ctx.catalog, sibling.code).some((c) => c.code === cert.code);
    const onPath = sibling.slot.held
      ? `you hold ${sibling.code}`
      : `your path uses ${sibling.code}`;
    return newer
      ? `${cert.code} succeeds ${sibling.code}, but ${onPath}, which covers this step.`
      : `${cert.code} is the predecessor of ${sibling.code}; ${onPath} instead.`;
  }
  const retired = certStatusAt(cert, ctx.today) === 'retired';
  const next = cert.status.successor;
  if (cert.vendor !== 'microsoft') {
    const status = retired ? ` (retired on ${spellDate(cert.status.retiresOn)})` : '';
    return `${VENDOR[cert.vendor]} certification${status}, shown for comparison; the Azure path to ${roleName} does not need it.`;
  }
  if (retired)
    return `${cert.code} retired on ${spellDate(cert.status.retiresOn)}${next ? `; ${next} replaces it` : ''}.`;
  const prerequisite = index.dependantOf.get(cert.code);
  if (prerequisite) {
    const by = prerequisite.met ?? 'another option';
    return `Not needed: ${by} already meets the prerequisite of ${prerequisite.dependant} on your path.`;
  }
  const other = index.otherRoleOf.get(cert.code);
  if (other) return `Not needed for ${roleName}; the ${other} path calls for it.`;
  return `Not on your path to ${roleName}.`;
}
