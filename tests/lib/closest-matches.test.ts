import { closestMatches, editDistance } from '@/lib/closest-matches';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['ai-102', 'ai-102', 0],
    ['ai-102', 'ai-103', 1],
    ['salry', 'salary', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('%s → %s is %d', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe('closestMatches', () => {
  const codes = ['AZ-900', 'AI-900', 'AI-901', 'AI-102', 'AI-103', 'AZ-104', 'AZ-305', 'DP-100'];

  it('ranks codes sharing the prefix first: "AI-10" → AI-102, AI-103', () => {
    expect(closestMatches('AI-10', codes).slice(0, 2)).toEqual(['AI-102', 'AI-103']);
  });

  it('is case-insensitive and tolerates a typo', () => {
    expect(closestMatches('ai-120', codes)[0]).toBe('AI-102');
    expect(closestMatches('az305', codes)).toContain('AZ-305');
  });

  it('returns nothing for an empty or unrelated query', () => {
    expect(closestMatches('', codes)).toEqual([]);
    expect(closestMatches('kubernetes', codes)).toEqual([]);
  });

  it('respects the limit', () => {
    expect(closestMatches('A', codes, 2).length).toBeLessThanOrEqual(2);
    expect(closestMatches('AI-9', codes, 1)).toHaveLength(1);
  });
});
