import { formatUsdRange } from '@/components/format';
import { SourceLink } from '@/components/source-link';
import type { Catalog } from '@/domain/catalog-model';
import { bandInRegion } from '@/domain/salary';
import type { Region, RegionId } from '@/domain/schema';

interface RegionBandsProps {
  catalog: Catalog;
  /** Regions with the user's hub premium applied. */
  regions: readonly Region[];
  regionId: RegionId;
}

/** Every role's band in the chosen region next to the rest of the US (or a tech hub). */
export function RegionBands({ catalog, regions, regionId }: RegionBandsProps) {
  const region = regions.find((r) => r.id === regionId);
  const otherId: RegionId = regionId === 'us-other' ? 'us-hub' : 'us-other';
  const other = regions.find((r) => r.id === otherId);
  if (!region || !other) return null;
  const pct = (m: number) => `${Math.round((m - 1) * 100)}%`;
  const premium =
    region.multiplier.min === 1 && region.multiplier.max === 1
      ? 'the US bands unchanged'
      : `${pct(region.multiplier.min)}–${pct(region.multiplier.max)} above the US bands`;
  const sourceId = catalog.roles[0]?.salaryUsd.source;

  return (
    <section className="card below-fold" aria-labelledby="bands-heading">
      <h2 id="bands-heading">Salary bands by region</h2>
      <p className="muted">
        {region.name}: {premium}. {region.note}
      </p>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- scrollable on a phone */}
      <div className="table-scroll" role="region" aria-label="Salary bands" tabIndex={0}>
        <table>
          <caption>Salary bands (USD a year)</caption>
          <thead>
            <tr>
              <th scope="col">Role</th>
              <th scope="col">Experience</th>
              <th scope="col">Demand</th>
              <th scope="col">{region.name}</th>
              <th scope="col">{other.name}</th>
            </tr>
          </thead>
          <tbody>
            {catalog.roles.map((role) => (
              <tr key={role.id}>
                <th scope="row">{role.name}</th>
                <td>{role.experience.label}</td>
                <td>{role.demand}</td>
                <td>{formatUsdRange(bandInRegion(role, region))}</td>
                <td>{formatUsdRange(bandInRegion(role, other))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {sourceId && (
        <p className="salary-source">
          Bands: <SourceLink sourceId={sourceId} catalog={catalog} />
        </p>
      )}
    </section>
  );
}
