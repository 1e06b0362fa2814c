import { addDays } from '@/domain/dates';
import { lineages } from '@/domain/lineage';
import { nextAction } from '@/domain/next-action';
import { buildPlan } from '@/domain/plan';
import { emptyProgress, weekOf } from '@/domain/progress';
import { realCatalog } from '@/domain/real-catalog';
import { defaultProfile } from '@/domain/schema';
import type { Profile } from '@/domain/schema';

const catalog = realCatalog();
const families = lineages(catalog);
const lineageOf = (code: string) => families.get(code) ?? code;
const TODAY = '2026-12-03';
const next = (profile: Profile, today = TODAY) => {
  const { studyPlan } = buildPlan(profile, catalog, catalog.assumptions, today);
  return {
    studyPlan,
    action: nextAction(studyPlan, profile.progress, profile.hoursPerWeek, today, lineageOf),
  };
};

describe('nextAction: what a saved plan asks for next', () => {
  const base: Profile = { ...defaultProfile(TODAY), hoursPerWeek: 10 };

  it('names the step and its week while studying, with the pace once tracking', () => {
    const { studyPlan, action } = next(base, addDays(TODAY, 15));
    const step = studyPlan.steps[0]!;
    expect(action).toMatchObject({
      code: step.code,
      text: `${step.code}, week 3 of ${step.weeks}`,
      started: true,
    });
    expect(action.paceText).toBeNull();
    const tracked = {
      ...base,
      progress: {
        ...emptyProgress(),
        log: [{ weekOf: weekOf(TODAY), hours: 2 }],
        baselineFinish: addDays(studyPlan.totals.finishDate, -21),
      },
    };
    expect(next(tracked).action).toMatchObject({ pace: 'behind', paceText: '3 weeks behind' });
  });

  it('says when a plan starts later, when an exam is booked, when a week is away, and when all is done', () => {
    const later = next({ ...base, startDate: '2027-01-04' }).action;
    expect(later).toMatchObject({ started: false });
    expect(later.text).toMatch(/, starting 4 Jan 2027$/);
    const code = next(base).studyPlan.steps[0]!.code;
    const booked = next({
      ...base,
      progress: { ...emptyProgress(), steps: { [code]: { state: 'booked', date: '2026-12-20' } } },
    }).action;
    expect(booked.text).toBe(`${code} exam booked for 20 Dec 2026`);
    const away = next({ ...base, progress: { ...emptyProgress(), away: [weekOf(TODAY)] } }).action;
    expect(away.text).toBe(`${code}, away this week`);
    const done = nextAction(
      { ...next(base).studyPlan, steps: [] },
      emptyProgress(),
      10,
      TODAY,
      lineageOf,
    );
    expect(done).toMatchObject({ code: null, text: 'Every exam on this path is done' });
  });
});
