import { z } from 'zod';
import { crossCheck } from '@/domain/catalog-checks';
import type { ParsedFiles } from '@/domain/catalog-checks';
import {
  assumptionsSchema,
  certificationSchema,
  formatIssues,
  regionSchema,
  roleSchema,
  sourceSchema,
} from '@/domain/schema';
import type { Assumptions, Certification, Region, Result, Role, Source } from '@/domain/schema';

/** The parsed, cross-checked catalogue: everything the engine knows. */
export interface Catalog {
  certifications: Certification[];
  byCode: ReadonlyMap<string, Certification>;
  roles: Role[];
  regions: Region[];
  assumptions: Assumptions;
  sources: ReadonlyMap<string, Source>;
  /** The newest asOf among the sources: "data as of". */
  asOf: string;
}

export interface RawCatalog {
  certifications: unknown;
  roles: unknown;
  regions: unknown;
  assumptions: unknown;
  sources: unknown;
}

export type CertStatus = 'active' | 'retiring' | 'retired';

/** Status of an exam on a day: retired on and after retiresOn, retiring before a known date. */
export function certStatusAt(cert: Certification, date: string): CertStatus {
  const retiresOn = cert.status.retiresOn;
  if (retiresOn === null) return 'active';
  return date >= retiresOn ? 'retired' : 'retiring';
}

/** The exam to sit for `code` on `date`: follows successors while the exam is retired. */
export function resolveCode(catalog: Pick<Catalog, 'byCode'>, code: string, date: string): string {
  let current = code;
  const seen = new Set<string>();
  for (;;) {
    const cert = catalog.byCode.get(current);
    const next = cert?.status.successor;
    if (!cert || !next || seen.has(current) || certStatusAt(cert, date) !== 'retired')
      return current;
    seen.add(current);
    current = next;
  }
}

const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

// zod's defaults ("Invalid input: expected number, received string") read like a stack trace.
function readableIssue(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code === 'invalid_type') {
    const missing = /received undefined/.test(issue.message);
    const expected = `expected ${article(String(issue.expected))}`;
    return { ...issue, message: missing ? `missing (${expected})` : expected };
  }
  if (issue.code === 'invalid_value') {
    return { ...issue, message: `expected one of ${issue.values.map(String).join(', ')}` };
  }
  return issue;
}

function parseFile<T>(file: string, schema: z.ZodType<T>, input: unknown): Result<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = parsed.error.issues.map((issue) => ({
    ...readableIssue(issue),
    path: [file, ...issue.path],
  }));
  return { ok: false, error: formatIssues(new z.ZodError(issues)) };
}

/** Parses and cross-checks raw data into a Catalog, or says where it is wrong. */
export function parseCatalog(raw: RawCatalog): Result<Catalog> {
  const results = {
    sources: parseFile('sources', z.array(sourceSchema), raw.sources),
    certifications: parseFile('certifications', z.array(certificationSchema), raw.certifications),
    roles: parseFile('roles', z.array(roleSchema), raw.roles),
    regions: parseFile('regions', z.array(regionSchema), raw.regions),
    assumptions: parseFile('assumptions', assumptionsSchema, raw.assumptions),
  };
  const errors = Object.values(results).flatMap((r) => (r.ok ? [] : [r.error]));
  if (errors.length > 0) return { ok: false, error: errors.join('\n') };
  const value = Object.fromEntries(
    Object.entries(results).map(([key, r]) => [key, r.ok ? r.value : null]),
  ) as unknown as ParsedFiles;

  const problems = crossCheck(value);
  if (problems.length > 0) return { ok: false, error: problems.join('\n') };

  const asOf = value.sources.reduce(
    (newest, s) => (s.asOf > newest ? s.asOf : newest),
    '0000-01-01',
  );
  return {
    ok: true,
    value: {
      ...value,
      byCode: new Map(value.certifications.map((c) => [c.code, c])),
      sources: new Map(value.sources.map((s) => [s.id, s])),
      asOf,
    },
  };
}
