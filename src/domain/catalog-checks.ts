import { regionIdSchema, targetRoleSchema } from '@/domain/schema';
import type {
  Assumptions,
  CatalogueMeta,
  Certification,
  EntryBand,
  Track,
  Region,
  Role,
  Source,
} from '@/domain/schema';

/** The data files after their schemas accepted them, before cross-checking. */
export interface ParsedFiles {
  sources: Source[];
  certifications: Certification[];
  roles: Role[];
  entryBands: EntryBand[];
  track: Track;
  meta: CatalogueMeta;
  regions: Region[];
  assumptions: Assumptions;
}

function duplicates(ids: string[]): string[] {
  return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
}

/** Problems across files (unknown ids, cycles, impossible weights), each naming its place. */
export function crossCheck(data: ParsedFiles): string[] {
  const problems: string[] = [];
  const sourceIds = new Set(data.sources.map((s) => s.id));
  const codes = new Set(data.certifications.map((c) => c.code));
  const checkSource = (path: string, id: string | null) => {
    if (id !== null && !sourceIds.has(id)) problems.push(`${path}: unknown source id "${id}"`);
  };
  const checkCode = (path: string, code: string, what: string) => {
    if (!codes.has(code)) problems.push(`${path}: unknown ${what} code "${code}"`);
  };

  for (const id of duplicates(data.sources.map((s) => s.id)))
    problems.push(`sources: duplicate id "${id}"`);
  for (const code of duplicates(data.certifications.map((c) => c.code))) {
    problems.push(`certifications: duplicate code "${code}"`);
  }

  data.certifications.forEach((cert, i) => {
    const at = `certifications[${i}] (${cert.code})`;
    checkSource(`${at}.exam.source`, cert.exam.source);
    checkSource(`${at}.validity.source`, cert.validity.source);
    checkSource(`${at}.prerequisites.source`, cert.prerequisites.source);
    checkSource(`${at}.studyHours.source`, cert.studyHours.source);
    checkSource(`${at}.status.source`, cert.status.source);
    cert.sources.forEach((id, j) => checkSource(`${at}.sources[${j}]`, id));
    for (const [kind, id] of Object.entries(cert.links))
      checkSource(`${at}.links.${kind}`, id ?? null);
    cert.prerequisites.groups.forEach((group, g) =>
      group.forEach((code, k) =>
        checkCode(`${at}.prerequisites.groups[${g}][${k}]`, code, 'prerequisite'),
      ),
    );
    cert.advisedAfter.forEach((code, k) =>
      checkCode(`${at}.advisedAfter[${k}]`, code, 'advisedAfter'),
    );
    const successor = cert.status.successor;
    if (successor === cert.code)
      problems.push(`${at}.status.successor: an exam cannot succeed itself`);
    else if (successor !== null) checkCode(`${at}.status.successor`, successor, 'successor');
    if (cert.skills) problems.push(...checkSkills(`${at}.skills`, cert.skills));
  });

  problems.push(...findCycles(data.certifications, codes));
  problems.push(...checkRoles(data.roles, codes));
  const { track } = data;
  [track.cloudBasics, track.aiBasics, track.core, ...track.specialisations].forEach((code) =>
    checkCode('track', code, 'track'),
  );
  checkSource('track.source', track.source);
  problems.push(...checkLadders(data.roles, data.entryBands));
  problems.push(...checkRegions(data.regions));

  data.roles.forEach((role, i) => {
    checkSource(`roles[${i}].salaryUsd.source`, role.salaryUsd.source);
    checkSource(`roles[${i}].experience.source`, role.experience.source);
    checkSource(`roles[${i}].certifications.source`, role.certifications.source);
  });
  data.entryBands.forEach((band, i) =>
    checkSource(`entryBands[${i}].salaryUsd.source`, band.salaryUsd.source),
  );
  data.regions.forEach((region, i) => checkSource(`regions[${i}].source`, region.source));
  const a = data.assumptions;
  checkSource('assumptions.study.source', a.study.source);
  for (const [key, id] of Object.entries(a.salary.sources))
    checkSource(`assumptions.salary.sources.${key}`, id);
  checkSource('assumptions.relevantExperience.source', a.relevantExperience.source);
  checkSource('assumptions.prerequisites.source', a.prerequisites.source);
  for (const [role, proxy] of Object.entries(a.baselineProxy)) {
    checkSource(`assumptions.baselineProxy.${role}.source`, proxy.source);
  }
  return problems;
}

function checkSkills(at: string, skills: NonNullable<Certification['skills']>): string[] {
  const problems = duplicates(skills.areas.map((a) => a.id)).map(
    (id) => `${at}.areas: duplicate id "${id}"`,
  );
  // Rounded figures may each be half a point off.
  const slack = skills.approximate ? skills.areas.length / 2 : 0;
  const min = skills.areas.reduce((sum, a) => sum + a.weight.min, 0) - slack;
  const max = skills.areas.reduce((sum, a) => sum + a.weight.max, 0) + slack;
  if (min > 100 || max < 100) {
    problems.push(`${at}.areas: weights ${min}–${max}% cannot sum to 100%`);
  }
  return problems;
}

/** Prerequisite and advised-order edges, plus successor chains, must have no loops. */
function findCycles(certs: Certification[], codes: Set<string>): string[] {
  const before = new Map(
    certs.map((c) => [
      c.code,
      [...c.prerequisites.groups.flat(), ...c.advisedAfter].filter((d) => codes.has(d)),
    ]),
  );
  const successor = new Map(
    certs.flatMap((c) =>
      c.status.successor && codes.has(c.status.successor) ? [[c.code, [c.status.successor]]] : [],
    ),
  );
  return [
    ...cyclesIn(before).map(
      (cycle) => `certifications: prerequisites/advisedAfter form a cycle: ${cycle}`,
    ),
    ...cyclesIn(successor).map((cycle) => `certifications: successors form a cycle: ${cycle}`),
  ];
}

function cyclesIn(edges: Map<string, string[]>): string[] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const found: string[] = [];
  const visit = (node: string) => {
    if (state.get(node) === 'done') return;
    if (state.get(node) === 'open') {
      found.push([...stack.slice(stack.indexOf(node)), node].join(' → '));
      return;
    }
    state.set(node, 'open');
    stack.push(node);
    for (const next of edges.get(node) ?? []) visit(next);
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of edges.keys()) visit(node);
  return found;
}

function checkRoles(roles: Role[], codes: Set<string>): string[] {
  const problems: string[] = [];
  const ids = new Set(roles.map((r) => r.id));
  for (const id of duplicates(roles.map((r) => r.id))) problems.push(`roles: duplicate id "${id}"`);
  for (const id of targetRoleSchema.options)
    if (!ids.has(id)) problems.push(`roles: missing role "${id}"`);
  roles.forEach((role, i) => {
    const at = `roles[${i}] (${role.id})`;
    role.ladder.forEach((id, k) => {
      if (!ids.has(id)) problems.push(`${at}.ladder[${k}]: unknown role "${id}"`);
      if (id === role.id) problems.push(`${at}.ladder[${k}]: a role cannot be below itself`);
    });
    for (const kind of ['required', 'recommended', 'optional'] as const) {
      role.certifications[kind].forEach((code, k) => {
        if (!codes.has(code))
          problems.push(`${at}.certifications.${kind}[${k}]: unknown certification code "${code}"`);
      });
    }
  });
  return problems;
}

/**
 * Each role's ladder climbs: every level needs more years than the one below and pays at
 * least as much at both ends, so more relevant experience never means less pay.
 */
function checkLadders(roles: Role[], entryBands: EntryBand[]): string[] {
  const problems: string[] = [];
  const byId = new Map(roles.map((r) => [r.id, r]));
  for (const id of duplicates(entryBands.map((b) => b.id)))
    problems.push(`entryBands: duplicate id "${id}"`);
  roles.forEach((role, i) => {
    const at = `roles[${i}] (${role.id})`;
    const entry = entryBands.find((b) => b.id === role.entryBand);
    if (!entry) {
      problems.push(`${at}.entryBand: unknown entry band "${role.entryBand}"`);
      return;
    }
    const levels = [...role.ladder.flatMap((id) => byId.get(id) ?? []), role];
    let below = { name: entry.id, years: 0, band: entry.salaryUsd };
    for (const level of levels) {
      const { minYears } = level.experience;
      if (minYears <= below.years && below.name !== entry.id)
        problems.push(`${at}.ladder: ${level.id} must need more years than ${below.name}`);
      if (level.salaryUsd.min < below.band.min || level.salaryUsd.max < below.band.max)
        problems.push(`${at}.ladder: ${level.id} pays less than ${below.name} below it`);
      below = { name: level.id, years: minYears, band: level.salaryUsd };
    }
  });
  return problems;
}

function checkRegions(regions: Region[]): string[] {
  const ids = regions.map((r) => r.id);
  return [
    ...duplicates(ids).map((id) => `regions: duplicate id "${id}"`),
    ...regionIdSchema.options
      .filter((id) => !ids.includes(id))
      .map((id) => `regions: missing region "${id}"`),
  ];
}
