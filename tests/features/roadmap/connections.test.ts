import type { RoadmapEdge } from '@/domain/roadmap';
import { connections, junctionId } from '@/features/roadmap/connections';

const anyOf = ['AZ-104', 'AZ-204'];
const junction = junctionId('AZ-400', anyOf);
// AZ-400 as the engine gives it: one any-of prerequisite (only AZ-104 is on the path) and the
// advised order after AI-103.
const edges: RoadmapEdge[] = [
  { from: 'AZ-104', to: 'AZ-400', kind: 'prerequisite', anyOf },
  { from: 'AI-103', to: 'AZ-400', kind: 'order' },
  { from: 'AZ-104', to: 'AZ-305', kind: 'prerequisite' },
  { from: 'AI-103', to: 'AZ-305', kind: 'order' },
];
const lines = (visible: string[]) =>
  connections(edges, new Set(visible)).lines.map((l) => `${l.kind} ${l.from}>${l.to}`);

describe('connections', () => {
  it('feeds an any-of prerequisite’s junction with its exams only, and one arrow goes on', () => {
    expect(lines(['AZ-104', 'AI-103', 'AZ-400', 'AZ-305'])).toEqual([
      'prerequisite AZ-104>AZ-305',
      `option AZ-104>${junction}`,
      `one-of ${junction}>AZ-400`,
      'order AI-103>AZ-400',
      'order AI-103>AZ-305',
    ]);
  });

  it('feeds the junction with every option shown, not only the one on the path', () => {
    expect(lines(['AZ-104', 'AZ-204', 'AI-103', 'AZ-400'])).toContain(`option AZ-204>${junction}`);
  });

  it('never lets an order line or a single prerequisite end at a junction', () => {
    const all = connections(edges, new Set(['AZ-104', 'AZ-204', 'AI-103', 'AZ-400', 'AZ-305']));
    for (const l of all.lines.filter((l) => l.to.startsWith('oneof:')))
      expect(l.kind).toBe('option');
    expect(all.junctions).toEqual([{ id: junction, target: 'AZ-400', anyOf }]);
  });

  it('leaves out an advised order that the prerequisites already give', () => {
    const chained: RoadmapEdge[] = [
      { from: 'AI-103', to: 'AB-100', kind: 'prerequisite', anyOf: ['AI-103', 'AI-300'] },
      { from: 'AI-103', to: 'AB-100', kind: 'order' },
      { from: 'AZ-104', to: 'AZ-305', kind: 'prerequisite' },
      { from: 'AZ-104', to: 'AZ-305', kind: 'order' },
    ];
    const kinds = connections(chained, new Set(['AI-103', 'AB-100', 'AZ-104', 'AZ-305'])).lines;
    expect(kinds.filter((l) => l.kind === 'order')).toEqual([]);
  });

  it('draws no junction for a hidden exam, and none that nothing shown meets', () => {
    expect(lines(['AZ-104', 'AI-103'])).toEqual([]);
    expect(connections(edges, new Set(['AZ-400', 'AI-103'])).junctions).toEqual([]);
  });
});
