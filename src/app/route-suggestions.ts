import { closestMatches } from '@/lib/closest-matches';

export interface RouteSuggestion {
  to: string;
  label: string;
}

const pages: Record<string, string> = {
  '/plan': 'Your plan',
  '/roadmap': 'Roadmap',
  '/salary': 'Salary',
  '/compare': 'Compare saved plans',
  '/certs': 'Certification catalogue',
};

// Words people are likely to type for a page whose path is different.
const aliases: Record<string, string> = {
  profile: '/plan',
  start: '/plan',
  background: '/plan',
  map: '/roadmap',
  path: '/roadmap',
  graph: '/roadmap',
  salaries: '/salary',
  pay: '/salary',
  roi: '/salary',
  scenarios: '/compare',
  saved: '/compare',
  catalog: '/certs',
  catalogue: '/certs',
  certifications: '/certs',
  certificates: '/certs',
  exams: '/certs',
  cert: '/certs',
};

/**
 * Pages close to an unknown path: a typo of a route ("/salry"), a word for it
 * ("/catalog"), or an exam code anywhere in it ("/ai-102" → /certs/AI-102).
 */
export function suggestRoutes(pathname: string, examCodes: readonly string[]): RouteSuggestion[] {
  const segments = pathname.toLowerCase().split('/').filter(Boolean);
  const found = new Map<string, string>();

  const code = segments
    .map((s) => examCodes.find((c) => c.toLowerCase() === decodeSafe(s)))
    .find((c) => c !== undefined);
  if (code) found.set(`/certs/${code}`, `${code} in the catalogue`);

  const first = segments[0];
  if (first !== undefined) {
    const alias = aliases[first];
    if (alias) found.set(alias, pages[alias]!);
    for (const to of closestMatches(`/${first}`, Object.keys(pages), 2)) found.set(to, pages[to]!);
  }
  return [...found].map(([to, label]) => ({ to, label })).slice(0, 3);
}

function decodeSafe(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
