import { DateField } from '@/ui/date-field';
import { NumberField } from '@/ui/number-field';
import { SelectField } from '@/ui/select-field';
import type { Catalog } from '@/domain/catalog-model';
import { startDateRule } from '@/domain/profile-fields';
import { useAppStore } from '@/store/app-store';
import { FormSection } from '@/features/profile-form/form-section';
import { PastStartHint } from '@/features/profile-form/past-start-hint';
import { useProfileText } from '@/shared/profile/use-profile-text';

/** Target role, hours a week and start date. */
export function GoalSection({ catalog }: { catalog: Catalog }) {
  const targetRole = useAppStore((s) => s.profile.targetRole);
  const setField = useAppStore((s) => s.setProfileField);
  const hours = useProfileText('hoursPerWeek');
  const start = useProfileText('startDate');
  const roleOptions = catalog.roles.map((r) => ({ value: r.id, label: r.name }));
  const summary = catalog.roles.find((r) => r.id === targetRole)?.summary;

  return (
    <FormSection title="Your goal and time">
      <SelectField
        label="Target role"
        help={summary}
        value={targetRole}
        options={roleOptions}
        onChange={(v) => setField('targetRole', v)}
      />
      <NumberField
        label="Study hours per week"
        help="Time you can give every week, from 1 to 60 hours."
        suffix="hours a week"
        min={1}
        max={60}
        {...hours}
      />
      <DateField
        label="Start date"
        help="When you begin studying. Exams retired by a step’s date are replaced by their successors."
        min={startDateRule.min}
        max={startDateRule.max}
        {...start}
      />
      <PastStartHint />
    </FormSection>
  );
}
