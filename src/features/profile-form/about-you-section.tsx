import { NumberField } from '@/ui/number-field';
import { SelectField } from '@/ui/select-field';
import type { Catalog } from '@/domain/catalog-model';
import { useAppStore } from '@/store/app-store';
import { FormSection } from '@/features/profile-form/form-section';
import { currentRoleOptions } from '@/features/profile-form/options';
import { useProfileText } from '@/shared/profile/use-profile-text';

/** Current role, experience, salary and region. */
export function AboutYouSection({ catalog }: { catalog: Catalog }) {
  const currentRole = useAppStore((s) => s.profile.currentRole);
  const region = useAppStore((s) => s.profile.region);
  const setField = useAppStore((s) => s.setProfileField);
  const years = useProfileText('yearsExperience');
  const relevant = useProfileText('relevantYears');
  const yearsExperience = useAppStore((s) => s.profile.yearsExperience);
  const relevantYears = useAppStore((s) => s.profile.relevantYears);
  const counts = catalog.assumptions.relevantExperience.counts[currentRole];
  const derived = counts ? yearsExperience : 0;
  const tooMany =
    relevantYears !== null && relevantYears > yearsExperience
      ? `Years of software, data or cloud work must not be more than your ${yearsExperience} years of experience`
      : undefined;
  const salary = useProfileText('currentSalaryUsd');
  const regionOptions = catalog.regions.map((r) => ({ value: r.id, label: r.name }));
  const hub = catalog.regions.find((r) => r.id === 'us-hub')?.multiplier;
  const remote = 'remote roles at US companies often match local rates.';
  const regionHelp = hub
    ? `Tech hubs pay about ${Math.round((hub.min - 1) * 100)}–${Math.round((hub.max - 1) * 100)}% more; ${remote}`
    : `In short, ${remote}`;

  return (
    <FormSection title="About you">
      <SelectField
        label="Current role"
        help="Your work today: it decides which first exams are suggested."
        value={currentRole}
        options={currentRoleOptions}
        onChange={(v) => setField('currentRole', v)}
      />
      <NumberField
        label="Years of professional experience"
        help="Whole years of work in any field."
        suffix="years"
        min={0}
        max={50}
        {...years}
      />
      <NumberField
        label="Years of software, data or cloud work"
        help={
          <>
            Only these count toward an AI engineering role, and they decide the pay level you start
            at. Leave it empty and Certpath counts <strong>{derived}</strong>{' '}
            {counts
              ? 'from your role (all your years).'
              : 'from your role (work outside software, data or cloud does not count).'}
          </>
        }
        suffix="years"
        min={0}
        max={50}
        placeholder={`${derived}, from your role`}
        {...relevant}
        error={relevant.error ?? tooMany}
      />
      <NumberField
        label="Current salary (optional)"
        help="Base pay in US dollars a year. It is the “stay where you are” line on the salary page; leave it empty to use a typical figure instead."
        suffix="USD a year"
        min={0}
        max={2_000_000}
        step={1000}
        {...salary}
      />
      <SelectField
        label="Where you work"
        help={regionHelp}
        value={region}
        options={regionOptions}
        onChange={(v) => setField('region', v)}
      />
    </FormSection>
  );
}
