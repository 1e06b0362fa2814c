/*
 * "Did you mean …?" for not-found pages (unknown routes and unknown exam codes).
 * Case-insensitive; prefix matches rank first ("AI-10" → AI-102, AI-103), then by
 * edit distance, then alphabetically so the order is stable.
 */

/** Levenshtein distance between two strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Up to `limit` candidates close to `query`: same prefix or a small edit distance. */
export function closestMatches(query: string, candidates: readonly string[], limit = 3): string[] {
  const q = query.trim().toLowerCase();
  if (q.length === 0) return [];
  // Allow about one typo per three characters, never fewer than two.
  const tolerance = Math.max(2, Math.floor(q.length / 3));
  return candidates
    .map((candidate) => {
      const c = candidate.toLowerCase();
      const prefix = q.length >= 2 && (c.startsWith(q) || q.startsWith(c));
      return { candidate, prefix, distance: editDistance(q, c) };
    })
    .filter((m) => m.prefix || m.distance <= tolerance)
    .sort(
      (x, y) =>
        Number(y.prefix) - Number(x.prefix) ||
        x.distance - y.distance ||
        x.candidate.localeCompare(y.candidate),
    )
    .slice(0, limit)
    .map((m) => m.candidate);
}
