import { defaultProfile } from '@/domain/default-profile';
import type { Profile } from '@/domain/schema';

/** A labelled example of a person, opened from the landing page (never saved over the user's own). */
export interface ExampleProfile {
  id: string;
  /** "A software developer": what the banner and the links call it. */
  name: string;
  /** One sentence: who this is. */
  description: string;
  profile: Profile;
}

/** The examples, starting on `today`: people far apart, so the plans and the pay differ. */
export function exampleProfiles(today: string): ExampleProfile[] {
  const base = defaultProfile(today);
  return [
    {
      id: 'developer',
      name: 'A software developer',
      description: '4 years as a developer, basic Python, some Azure, 10 hours a week.',
      profile: base,
    },
    {
      id: 'student',
      name: 'A student',
      description: 'No work experience yet, basic Python, no Azure, 15 hours a week.',
      profile: {
        ...base,
        currentRole: 'student',
        yearsExperience: 0,
        azure: 'none',
        aiml: 'basic',
        hoursPerWeek: 15,
      },
    },
    {
      id: 'career-changer',
      name: 'A career changer from outside tech',
      description: '8 years in another field, no Python, Azure or AI yet, 5 hours a week.',
      profile: {
        ...base,
        currentRole: 'career-changer-outside',
        yearsExperience: 8,
        python: 'none',
        azure: 'none',
        aiml: 'none',
        hoursPerWeek: 5,
      },
    },
  ];
}

/** The example with this id, or null. */
export function findExample(id: string, today: string): ExampleProfile | null {
  return exampleProfiles(today).find((e) => e.id === id) ?? null;
}
