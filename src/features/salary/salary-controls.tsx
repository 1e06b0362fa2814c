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

/** Horizon, region and the roles drawn next to the target. */
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
      <SelectField<RegionId>
        label="Region"
        value={profile.region}
        options={catalog.regions.map((r) => ({ value: r.id, label: r.name }))}
        onChange={(region) => {
          setProfileField('region', region);
          const name = catalog.regions.find((r) => r.id === region)?.name ?? region;
          setChanged(`Your plan’s region is now ${name}, on every page (Your background too).`);
        }}
        help="Where you would work. It is your plan’s region: a change here changes it everywhere. The bands for each region are listed below the chart."
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
