import { addDays } from '@/domain/dates';
import { nextAction } from '@/domain/next-action';
import { buildPlan } from '@/domain/plan';
import { weekOf } from '@/domain/dates';
import { emptyProgress } from '@/domain/progress';
import { realCatalog } from '@/domain/real-catalog';
import { defaultProfile } from '@/domain/schema';
import type { Profile } from '@/domain/schema';

const catalog = realCatalog();
const TODAY = '2026-12-03';
const next = (profile: Profile, today = TODAY) => {
  const { studyPlan } = buildPlan(profile, catalog, catalog.assumptions, today);
  return {
    studyPlan,
    action: nextAction(studyPlan, profile.progress, today),
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
    const done = nextAction({ ...next(base).studyPlan, steps: [] }, emptyProgress(), TODAY);
    expect(done).toMatchObject({ code: null, text: 'Every exam on this path is done' });
  });

  it('counts the weeks already studied: week 3 of 11, not week 1 of 9, once tracking', () => {
    const profile = { ...base, startDate: '2026-11-02' };
    const untracked = next(profile, '2026-11-20');
    const step = untracked.studyPlan.steps[0]!;
    expect(untracked.action.text).toBe(`${step.code}, week 3 of ${step.weeks}`);
    const log = ['2026-11-02', '2026-11-09', '2026-11-16'].map((weekOf) => ({ weekOf, hours: 10 }));
    const tracked = next({ ...profile, progress: { ...emptyProgress(), log } }, '2026-11-20');
    const left = tracked.studyPlan.steps[0]!;
    expect(tracked.action.text).toBe(`${step.code}, week 3 of ${2 + left.weeks}`);
  });

  it('names a retake as one', () => {
    const code = next(base).studyPlan.steps[0]!.code;
    const failed = next({
      ...base,
      progress: {
        ...emptyProgress(),
        steps: {
          [code]: {
            state: 'failed',
            date: '2026-12-01',
            score: 640,
            attempts: 2,
            firstFailedOn: '2026-11-10',
          },
        },
      },
    }).action;
    // The retake's study starts now; its exam waits for the vendor's day.
    expect(failed.text).toMatch(new RegExp(`^${code} retake, week 1 of \\d+$`));
  });

  it('asks for a result, rather than "continue", when every date of an untracked plan has passed', () => {
    const old = { ...base, startDate: '2026-03-02' };
    const { studyPlan, action } = next(old);
    expect(studyPlan.totals.finishDate < TODAY).toBe(true);
    expect(action.text).toMatch(/the plan's last exam was due .*; record where you are$/);
  });
});
