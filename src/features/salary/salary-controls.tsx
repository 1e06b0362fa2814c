import { useState } from 'react';
import { HorizonPicker, RolePicker } from '@/shared/salary/salary-pickers';
import { SelectField } from '@/ui/select-field';
import type { Catalog } from '@/domain/catalog-model';
import type { Profile, RegionId, TargetRoleId } from '@/domain/schema';
import { useAppStore } from '@/store/app-store';
import type { HorizonYears } from '@/store/salary-slice';

interface SalaryControlsProps {
  catalog: Catalog;
  profile: Profile;
  horizonYears: HorizonYears;
  alternatives: readonly TargetRoleId[];
}

/** Horizon, where you work and the roles drawn next to the target. */
export function SalaryControls({
  catalog,
  profile,
  horizonYears,
  alternatives,
}: SalaryControlsProps) {
  const setHorizon = useAppStore((s) => s.setHorizon);
  const setCompareRoles = useAppStore((s) => s.setCompareRoles);
  const setProfileField = useAppStore((s) => s.setProfileField);
  const [changed, setChanged] = useState('');
  return (
    <section className="card salary-controls" aria-label="Projection settings">
      <HorizonPicker value={horizonYears} onChange={setHorizon} />
      {/* One name on every page: /plan asks the same question in the same words. */}
      <SelectField<RegionId>
        label="Where you work"
        value={profile.region}
        options={catalog.regions.map((r) => ({ value: r.id, label: r.name }))}
        onChange={(region) => {
          setProfileField('region', region);
          const name = catalog.regions.find((r) => r.id === region)?.name ?? region;
          setChanged(
            `Your plan now says you work in ${name}, on every page (Your background too).`,
          );
        }}
        help="Where you would work in the new role. It is part of your plan, as on Your background: a change here changes it everywhere. Each place’s bands are listed below the chart."
      />
      <p role="status" className="salary-region-note">
        {changed}
      </p>
      <RolePicker
        roles={catalog.roles}
        targetRole={profile.targetRole}
        selected={alternatives}
        onChange={setCompareRoles}
      />
    </section>
  );
}
