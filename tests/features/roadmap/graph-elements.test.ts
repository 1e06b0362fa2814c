import { buildPlan } from '@/domain/plan';
import { realCatalog } from '@/domain/real-catalog';
import { defaultProfile } from '@/domain/schema';
import type { Profile } from '@/domain/schema';
import { roadmapDrawing } from '@/features/roadmap/graph-elements';
import { stepInfos } from '@/features/roadmap/step-info';

const today = '2026-11-27';
const catalog = realCatalog();

function drawing(profile: Profile, showAll: boolean, direction: 'LR' | 'TB' = 'LR') {
  const { roadmap, studyPlan } = buildPlan(profile, catalog, catalog.assumptions, today);
  const infos = stepInfos(roadmap, studyPlan, catalog, showAll, today);
  return { ...roadmapDrawing(infos, roadmap.edges, { direction }), studyPlan };
}

const cases = catalog.roles.flatMap((role) =>
  [false, true].flatMap((showAll) =>
    (['LR', 'TB'] as const).map((direction) => ({ role: role.id, showAll, direction })),
  ),
);

describe('roadmapDrawing', () => {
  it.each(cases)(
    '$role, show all: $showAll, $direction: only an any-of’s exams reach its junction, and no two lines end at one point',
    ({ role, showAll, direction }) => {
      const { nodes, edges } = drawing(
        { ...defaultProfile(today), targetRole: role as Profile['targetRole'] },
        showAll,
        direction,
      );
      const junctions = new Set(nodes.filter((n) => n.type === 'junction').map((n) => n.id));
      expect(junctions.size).toBeGreaterThan(0);
      for (const e of edges.filter((e) => junctions.has(e.target))) {
        expect(e.id).toMatch(/^option:/);
        expect(e.markerEnd).toBeUndefined();
      }
      const ends = edges
        .filter((e) => !junctions.has(e.target))
        .map((e) => ({ id: e.id, target: e.target, at: e.data!.points.at(-1)! }));
      for (const a of ends)
        for (const b of ends)
          if (a !== b && a.target === b.target)
            expect(
              Math.hypot(a.at.x - b.at.x, a.at.y - b.at.y),
              `${a.id} and ${b.id}`,
            ).toBeGreaterThan(20);
    },
  );

  it('feeds AZ-400’s junction from AZ-204 too when every certification is shown', () => {
    const { edges } = drawing(defaultProfile(today), true);
    const junction = 'oneof:AZ-400:AZ-104|AZ-204';
    expect(edges.filter((e) => e.target === junction).map((e) => e.source)).toEqual([
      'AZ-104',
      'AZ-204',
    ]);
    expect(edges.filter((e) => e.source === junction).map((e) => e.target)).toEqual(['AZ-400']);
  });

  it('labels a retired exam, held or not, for screen readers too', () => {
    const held = drawing(
      {
        ...defaultProfile(today),
        certificationsHeld: [{ code: 'AZ-204', earnedOn: '2026-06-01' }],
      },
      true,
    );
    const node = (code: string) => held.nodes.find((n) => n.id === code)!;
    expect(node('AZ-204').data).toMatchObject({ retired: 'Retired: valid until expiry' });
    expect(node('AZ-204').ariaLabel).toMatch(/^AZ-204 .*: Held, retired: valid until expiry/);
    expect(node('DP-100').data).toMatchObject({ retired: 'Retired: no longer offered' });
    expect(node('AZ-104').data).toMatchObject({ retired: null });
  });

  it('places the path’s columns in the order of the study plan', () => {
    const { nodes, studyPlan } = drawing(
      {
        ...defaultProfile('2026-12-03'),
        currentRole: 'career-changer-outside',
        azure: 'none',
        targetRole: 'senior-ai-engineer',
      },
      false,
    );
    const x = new Map(nodes.map((n) => [n.id, n.position.x]));
    const order = studyPlan.steps.map((s) => s.code);
    expect(order.slice(-3)).toEqual(['AI-103', 'AZ-104', 'AZ-400']);
    for (let i = 1; i < order.length; i++)
      expect(x.get(order[i]!)!).toBeGreaterThan(x.get(order[i - 1]!)!);
  });
});
