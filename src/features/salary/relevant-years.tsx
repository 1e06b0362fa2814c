import { Link } from 'react-router';
import type { Catalog } from '@/domain/catalog-model';
import type { Profile } from '@/domain/schema';

interface RelevantYearsProps {
  catalog: Catalog;
  profile: Profile;
  /** The years the projection counts (the profile's, or derived from the current role). */
  relevantYears: number;
}

const yearsText = (n: number) => `${n} ${n === 1 ? 'year' : 'years'}`;

/** Which of the user's years count toward the new role, and so which band they start at. */
export function RelevantYears({ catalog, profile, relevantYears }: RelevantYearsProps) {
  const counts = catalog.assumptions.relevantExperience.counts[profile.currentRole];
  return (
    <p className="salary-figures-note">
      Years that count toward the new role:{' '}
      <strong>
        {relevantYears} of your {yearsText(profile.yearsExperience)}
      </strong>
      {profile.relevantYears === null
        ? counts
          ? ' (software, data or cloud work)'
          : ' (work outside software, data or cloud does not count)'
        : ' (as you set them)'}
      . They set the band you start at: <Link to="/plan">change them</Link>.
    </p>
  );
}
